package org.haven.person;

import org.haven.platform.DomainRuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a professional records about who the child is. The rules here hold for every way a child's
 * record is written (form, API, import).
 */
public record ChildDetails(String givenNames, String familyName, List<String> aliases, Sex sex,
                           DateOfBirth dateOfBirth, List<String> nationalities, List<String> languages) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ALIASES = 20;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ChildDetails {
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank())
                .map(String::strip).distinct().toList();
        nationalities = nationalities == null ? List.of() : nationalities.stream()
                .filter(n -> n != null && !n.isBlank()).map(n -> n.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        languages = languages == null ? List.of() : languages.stream()
                .filter(l -> l != null && !l.isBlank()).map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        sex = sex == null ? Sex.UNKNOWN : sex;
        dateOfBirth = dateOfBirth == null ? DateOfBirth.unknown() : dateOfBirth;
        var problems = problemsWith(givenNames, familyName, aliases, nationalities, languages);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Every rule the names, nationalities and languages break, so that a form can show all problems
     * at once. Lists are taken as cleaned by the constructor (blank entries dropped).
     */
    public static List<DomainRuleViolation> problemsWith(String givenNames, String familyName, List<String> aliases,
                                                         List<String> nationalities, List<String> languages) {
        var problems = new ArrayList<DomainRuleViolation>();
        if (isBlank(givenNames) && isBlank(familyName)) {
            problems.add(new DomainRuleViolation("child.name.required"));
        }
        if (tooLong(givenNames) || tooLong(familyName) || aliases.stream().anyMatch(ChildDetails::tooLong)) {
            problems.add(new DomainRuleViolation("child.name.too-long", MAX_NAME_LENGTH));
        }
        if (aliases.size() > MAX_ALIASES) {
            problems.add(new DomainRuleViolation("child.aliases.too-many", MAX_ALIASES));
        }
        if (nationalities.stream().anyMatch(n -> !isCountry(n))) {
            problems.add(new DomainRuleViolation("child.nationality.invalid"));
        }
        if (languages.stream().anyMatch(l -> !LANGUAGE.matcher(l).matches())) {
            problems.add(new DomainRuleViolation("child.language.invalid"));
        }
        return problems;
    }

    /** Whether the code is an ISO 3166 alpha-2 country code (upper case). */
    public static boolean isCountry(String code) {
        return code != null && COUNTRY.matcher(code).matches() && COUNTRIES.contains(code);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_NAME_LENGTH;
    }
}
