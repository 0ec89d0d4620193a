package org.haven.person;

import org.haven.linkage.NameKeys;
import org.springframework.data.relational.core.mapping.Table;

/** A name as written, in whatever script, with the Latin key used to find it from any spelling. */
@Table("person_name")
public record PersonName(Kind kind, String givenNames, String familyName, String script, String searchKey) {

    public enum Kind { PRIMARY, ALIAS }

    static PersonName of(Kind kind, String givenNames, String familyName) {
        String given = clean(givenNames);
        String family = clean(familyName);
        String full = full(given, family);
        return new PersonName(kind, given, family, NameKeys.scriptOf(full), NameKeys.searchKey(full));
    }

    public String fullName() {
        return full(givenNames, familyName);
    }

    private static String full(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
