package org.haven.statistics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an HTCDS 2.0 file (one row per case, the standard's field names as the header, as
 * {@link HtcdsExport} writes it) and checks every cell against the standard's picklists and formats.
 * Every problem is reported by line (of the file, as an editor counts them) and column, all at
 * once; a file that is unusable as a whole keeps no row, so nothing is half-read.
 */
public final class HtcdsFile {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5_000;
    /** After this many problems the file is reported as unusable, without reading further. */
    public static final int MAX_PROBLEMS = 500;
    private static final int MAX_LIST = 20;

    private static final Set<String> STATUSES = Set.of("Active", "FollowUp", "Closed", "ClosedReferred");
    /** HTCDS 2.0 prs_Gender values to Haven's sex (gender expressions beyond the two go to OTHER). */
    private static final Map<String, String> GENDERS = Map.of("Feminine", "FEMALE", "Masculine", "MALE",
            "TransgenderFeminine", "OTHER", "TransgenderMasculine", "OTHER", "NonConforming", "OTHER",
            "NonSpecifiedUnknown", "UNKNOWN");
    /** The values of drafts before 2.0 (and of Haven's files before it followed 2.0), still read. */
    private static final Map<String, String> EARLIER_GENDERS = Map.of("Female", "FEMALE", "Male", "MALE",
            "Transgender/NonConforming", "OTHER", "Unknown", "UNKNOWN");
    private static final Map<String, String> EARLIER_EXPLOITATION = Map.of("ForcedMilitary", "ForcedMilitaryByNonStateActors");
    private static final Set<String> EXPLOITATION = Set.of("ForcedLabour", "SexualExploitation", "ChildLabour",
            "ForcedMarriage", "Servitude", "ForcedMilitaryByNonStateActors", "OrganRemoval", "ForcedBegging", "ForcedAdoption",
            "Surrogacy", "Other");
    private static final Set<String> TRAFFICKING_STATUSES = Set.of("PossibleVictimOfTrafficking", "ActualVictimOfTrafficking",
            "NotAVictimOfTrafficking");
    /** Citizenship was called prs_Nationality in drafts before 2.0; a file may still use that name. */
    private static final String CITIZENSHIP = "prs_Citizenship";
    private static final String OLD_CITIZENSHIP = "prs_Nationality";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SEPARATOR = Pattern.compile(";");
    private static final int MAX_TEXT = 200;

    /** One case as read: the child as the file describes them. */
    public record Row(int line, String caseId, String status, String region, String firstName, String secondName,
                      LocalDate birthdate, String sex, List<String> nationalities, List<String> exploitation,
                      String traffickingStatus) {
    }

    /** Something wrong with a cell (or the file, at line 1 / no column). */
    public record Problem(long line, String column, String message) {
    }

    /**
     * What was read. When the file as a whole is unusable (not CSV to its end, too many rows or
     * problems) no row is kept: a file is never half-read.
     */
    public record Result(List<Row> rows, List<Problem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }

        static Result unusable(List<Problem> problems) {
            return new Result(List.of(), problems);
        }
    }

    private HtcdsFile() {
    }

    public static Result read(String text, LocalDate today) {
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<Problem>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem(1, "", "The file is empty."));
            return new Result(rows, problems);
        }
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var lines = new LineNumbers(content);
        org.apache.commons.csv.CSVParser opened = null;
        try (var parser = format.parse(new StringReader(content))) {
            opened = parser;
            var header = parser.getHeaderNames();
            for (String required : List.of("prs_FirstName", "prs_SecondName")) {
                if (!header.contains(required)) {
                    problems.add(new Problem(1, required, "The column is missing: the file needs the child's names."));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(rows, problems);
            }
            long records = 0;
            for (var record : parser) {
                long line = lines.of(record.getCharacterPosition());
                if (++records > MAX_ROWS) {
                    problems.add(new Problem(line, "", "A file holds at most " + MAX_ROWS + " cases; split it."));
                    return Result.unusable(problems);
                }
                read(record, line, header, today, rows, problems);
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(new Problem(line, "", "More than " + MAX_PROBLEMS + " problems: the file was not read further."));
                    return Result.unusable(problems);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            long line = opened == null ? 1 : Math.max(1, opened.getCurrentLineNumber());
            problems.add(new Problem(line, "", "The file is not readable CSV from here on: " + firstLine(malformed.getMessage())));
            return Result.unusable(problems);
        }
        return new Result(rows, problems);
    }

    /** The line (counted from 1) on which a character of the text stands. */
    private static final class LineNumbers {
        private final int[] starts;
        private final String text;

        LineNumbers(String text) {
            this.text = text;
            var found = new java.util.ArrayList<Integer>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first character of a record at this position (blank lines before it skipped). */
        long of(long position) {
            int at = (int) Math.min(position, text.length());
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            int index = java.util.Arrays.binarySearch(starts, at);
            return (index >= 0 ? index : -index - 2) + 1L;
        }
    }

    private static void read(CSVRecord record, long line, List<String> header, LocalDate today, List<Row> rows,
                             List<Problem> problems) {
        int before = problems.size();
        if (!record.isConsistent()) {
            problems.add(new Problem(line, "", "The line has " + record.size() + " cells; the header has " + header.size() + "."));
            return;
        }
        String first = text(record, "prs_FirstName", line, problems);
        String second = text(record, "prs_SecondName", line, problems);
        if (first.isEmpty() && second.isEmpty()) {
            problems.add(new Problem(line, "prs_FirstName", "Give at least one of the child's names."));
        }
        String status = cell(record, "cas_Status");
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            problems.add(new Problem(line, "cas_Status", "\"" + status + "\" is not in the picklist " + STATUSES + "."));
        }
        String gender = cell(record, "prs_Gender");
        String sex = GENDERS.getOrDefault(gender, EARLIER_GENDERS.get(gender));
        if (!gender.isEmpty() && sex == null) {
            problems.add(new Problem(line, "prs_Gender", "\"" + gender + "\" is not in the picklist " + GENDERS.keySet() + "."));
        }
        LocalDate birthdate = null;
        String born = cell(record, "prs_Birthdate");
        if (!born.isEmpty()) {
            try {
                birthdate = LocalDate.parse(born);
                if (birthdate.isAfter(today) || birthdate.isBefore(today.minusYears(26))) { // as a referral: 25 at most
                    problems.add(new Problem(line, "prs_Birthdate", "The date of birth " + born + " is not plausible for a child."));
                }
            } catch (DateTimeParseException notADate) {
                problems.add(new Problem(line, "prs_Birthdate", "\"" + born + "\" is not a date (YYYY-MM-DD)."));
            }
        }
        // prs_Citizenship, or where a file has no value there, prs_Nationality (its name in earlier drafts)
        String citizenship = cell(record, CITIZENSHIP).isEmpty() && !cell(record, OLD_CITIZENSHIP).isEmpty() ? OLD_CITIZENSHIP : CITIZENSHIP;
        var nationalities = list(record, citizenship, line, problems);
        nationalities.stream().filter(code -> !COUNTRIES.contains(code)).forEach(code -> problems.add(
                new Problem(line, citizenship, "\"" + code + "\" is not an ISO 3166 two-letter country code.")));
        if (nationalities.size() > org.haven.intake.Referral.MAX_NATIONALITIES) {
            problems.add(new Problem(line, citizenship,
                    "A referral names at most " + org.haven.intake.Referral.MAX_NATIONALITIES + " citizenships."));
        }
        String traffickingStatus = cell(record, "vic_TraffickingStatus");
        if (!traffickingStatus.isEmpty() && !TRAFFICKING_STATUSES.contains(traffickingStatus)) {
            problems.add(new Problem(line, "vic_TraffickingStatus", "\"" + traffickingStatus + "\" is not in the picklist "
                    + TRAFFICKING_STATUSES + "."));
        }
        var exploitation = list(record, "vic_TypeOfExploitation", line, problems).stream()
                .map(value -> EARLIER_EXPLOITATION.getOrDefault(value, value)).toList();
        exploitation.stream().filter(value -> !EXPLOITATION.contains(value)).forEach(value -> problems.add(
                new Problem(line, "vic_TypeOfExploitation", "\"" + value + "\" is not in the picklist TypeOfExploitation.")));
        String caseId = text(record, "cas_Id", line, problems);
        String region = text(record, "org_ShippingState", line, problems);
        if (problems.size() == before) {
            rows.add(new Row((int) line, caseId, status, region, first, second, birthdate,
                    sex, nationalities, exploitation, traffickingStatus));
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? unquoteFormula(record.get(column).strip()) : "";
    }

    private static String text(CSVRecord record, String column, long line, List<Problem> problems) {
        String value = cell(record, column);
        if (value.length() > MAX_TEXT) {
            problems.add(new Problem(line, column, "At most " + MAX_TEXT + " characters."));
            return "";
        }
        return value;
    }

    private static List<String> list(CSVRecord record, String column, long line, List<Problem> problems) {
        var values = new LinkedHashSet<String>();
        for (String value : SEPARATOR.split(cell(record, column))) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        if (values.size() > MAX_LIST) {
            problems.add(new Problem(line, column, "At most " + MAX_LIST + " values."));
            return List.of();
        }
        return List.copyOf(values);
    }

    /** A cell Haven wrote with a leading apostrophe (so no spreadsheet runs it) is read without it. */
    private static String unquoteFormula(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
