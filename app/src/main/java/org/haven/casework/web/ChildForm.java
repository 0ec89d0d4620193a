package org.haven.casework.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.haven.person.Child;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.DateOfBirth.Precision;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The child's details as typed into a form: kept as typed, so nothing is lost when it is shown again. */
public class ChildForm {

    @Size(max = ChildDetails.MAX_NAME_LENGTH)
    private String givenNames;
    @Size(max = ChildDetails.MAX_NAME_LENGTH)
    private String familyName;
    @Size(max = 4000)
    private String aliases;
    private Sex sex = Sex.UNKNOWN;
    private Precision dobPrecision = Precision.UNKNOWN;
    @Min(1) @Max(31)
    private Integer dobDay;
    @Min(1) @Max(12)
    private Integer dobMonth;
    @Min(1900) @Max(2100)
    private Integer dobYear;
    @Min(0) @Max(30)
    private Integer ageFrom;
    @Min(0) @Max(30)
    private Integer ageTo;
    @Size(max = 2)
    private String nationality;
    @Size(max = 2)
    private String secondNationality;
    @Size(max = 3)
    private String language;
    @Size(max = 3)
    private String secondLanguage;
    private long version;

    static ChildForm of(Child child, LocalDate today) {
        var form = new ChildForm();
        var name = child.primaryName();
        form.givenNames = name.givenNames();
        form.familyName = name.familyName();
        form.aliases = String.join("\n", child.details().aliases());
        form.sex = child.sex();
        var dob = child.dateOfBirth();
        form.dobPrecision = dob.precision();
        switch (dob.precision()) {
            case EXACT -> {
                form.dobDay = dob.earliest().getDayOfMonth();
                form.dobMonth = dob.earliest().getMonthValue();
                form.dobYear = dob.earliest().getYear();
            }
            case MONTH -> {
                form.dobMonth = dob.earliest().getMonthValue();
                form.dobYear = dob.earliest().getYear();
            }
            case YEAR -> form.dobYear = dob.earliest().getYear();
            case ESTIMATED -> {
                var age = dob.ageOn(today).orElseThrow();
                form.ageFrom = age.youngest();
                form.ageTo = age.oldest();
            }
            case UNKNOWN -> { }
        }
        var nationalities = child.nationalities();
        form.nationality = nationalities.isEmpty() ? null : nationalities.get(0);
        form.secondNationality = nationalities.size() > 1 ? nationalities.get(1) : null;
        var languages = child.languages();
        form.language = languages.isEmpty() ? null : languages.get(0);
        form.secondLanguage = languages.size() > 1 ? languages.get(1) : null;
        form.version = child.version();
        return form;
    }

    /**
     * The details this form describes, or empty with every problem recorded against its field, so
     * that the user sees all of them at once.
     */
    Optional<ChildDetails> toDetails(LocalDate today, Errors errors) {
        DateOfBirth dob = null;
        try {
            dob = dateOfBirth(today);
        } catch (DomainRuleViolation refused) {
            reject(errors, refused);
        }
        List<String> nationalities = nonBlank(nationality, secondNationality);
        List<String> languages = nonBlank(language, secondLanguage);
        ChildDetails.problemsWith(givenNames, familyName, aliasList(), nationalities, languages)
                .forEach(problem -> reject(errors, problem));
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ChildDetails(givenNames, familyName, aliasList(), sex, dob, nationalities, languages));
    }

    /** Puts a refusal next to the form field it concerns, or at the top when it concerns none. */
    static void reject(Errors errors, DomainRuleViolation refused) {
        String field = fieldOf(refused);
        if (field != null && errors.hasFieldErrors(field)) {
            return;
        }
        if (field == null) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
        } else {
            errors.rejectValue(field, refused.messageCode(), refused.arguments(), refused.messageCode());
        }
    }

    private DateOfBirth dateOfBirth(LocalDate today) {
        try {
            return switch (dobPrecision == null ? Precision.UNKNOWN : dobPrecision) {
                case EXACT -> DateOfBirth.exact(LocalDate.of(required(dobYear), required(dobMonth), required(dobDay)));
                case MONTH -> DateOfBirth.month(YearMonth.of(required(dobYear), required(dobMonth)));
                case YEAR -> DateOfBirth.year(Year.of(required(dobYear)));
                case ESTIMATED -> DateOfBirth.estimatedAge(required(ageFrom), required(ageTo), today);
                case UNKNOWN -> DateOfBirth.unknown();
            };
        } catch (DateTimeException impossibleDate) {
            throw new DomainRuleViolation("child.dob.invalid");
        }
    }

    private static int required(Integer value) {
        if (value == null) {
            throw new DomainRuleViolation("child.dob.incomplete");
        }
        return value;
    }

    private List<String> aliasList() {
        return aliases == null ? List.of() : Arrays.stream(aliases.split("\\R")).filter(s -> !s.isBlank()).toList();
    }

    private static List<String> nonBlank(String... values) {
        var list = new ArrayList<String>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                list.add(value);
            }
        }
        return list;
    }

    private static String fieldOf(DomainRuleViolation refusal) {
        String code = refusal.messageCode();
        if (code.startsWith("child.name") || code.startsWith("child.aliases")) {
            return code.startsWith("child.aliases") ? "aliases" : "givenNames";
        }
        if (code.startsWith("child.dob")) {
            return "dobPrecision";
        }
        if (code.startsWith("child.nationality")) {
            return "nationality";
        }
        if (code.startsWith("child.language")) {
            return "language";
        }
        if (code.startsWith("case.lead-agency")) {
            return "leadAgencyId";
        }
        if (code.startsWith("case.summary")) {
            return "summary";
        }
        return null;
    }

    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String givenNames) { this.givenNames = givenNames; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getAliases() { return aliases; }
    public void setAliases(String aliases) { this.aliases = aliases; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public Precision getDobPrecision() { return dobPrecision; }
    public void setDobPrecision(Precision dobPrecision) { this.dobPrecision = dobPrecision; }
    public Integer getDobDay() { return dobDay; }
    public void setDobDay(Integer dobDay) { this.dobDay = dobDay; }
    public Integer getDobMonth() { return dobMonth; }
    public void setDobMonth(Integer dobMonth) { this.dobMonth = dobMonth; }
    public Integer getDobYear() { return dobYear; }
    public void setDobYear(Integer dobYear) { this.dobYear = dobYear; }
    public Integer getAgeFrom() { return ageFrom; }
    public void setAgeFrom(Integer ageFrom) { this.ageFrom = ageFrom; }
    public Integer getAgeTo() { return ageTo; }
    public void setAgeTo(Integer ageTo) { this.ageTo = ageTo; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getSecondNationality() { return secondNationality; }
    public void setSecondNationality(String secondNationality) { this.secondNationality = secondNationality; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSecondLanguage() { return secondLanguage; }
    public void setSecondLanguage(String secondLanguage) { this.secondLanguage = secondLanguage; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
