package org.haven.linkage;

import java.util.Objects;

/**
 * What one source knows about a person, as written there: names in any script, any field may be
 * empty. Two records are compared as they are; nothing here is corrected or guessed.
 */
public record PersonRecord(String id, String givenNames, String familyName, String otherNames, Sex sex,
                           BirthDate birthDate, String birthPlace, String nationality, String motherName,
                           String fatherName) {

    public enum Sex {
        FEMALE, MALE, UNKNOWN;

        /** Reads F/M/female/male/w/ж/м and the like; anything else is unknown. */
        public static Sex parse(String text) {
            if (text == null || text.isBlank()) {
                return UNKNOWN;
            }
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "f", "female", "girl", "w", "woman", "ж", "жен", "k", "kobieta" -> FEMALE;
                case "m", "male", "boy", "man", "м", "муж", "mężczyzna" -> MALE;
                default -> UNKNOWN;
            };
        }
    }

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        sex = sex == null ? Sex.UNKNOWN : sex;
        birthDate = birthDate == null ? BirthDate.UNKNOWN : birthDate;
    }

    /** A record with only names and a date of birth, the rest unknown. */
    public static PersonRecord named(String id, String givenNames, String familyName, BirthDate birthDate) {
        return new PersonRecord(id, givenNames, familyName, null, Sex.UNKNOWN, birthDate, null, null, null, null);
    }
}
