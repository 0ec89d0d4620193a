package org.haven.platform.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.platform.DomainRuleViolation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reference data kept as CSV so that people can review and edit it: fixed columns, the first of them
 * a unique {@code code}, then one text column per language ({@code en} required). Used for the
 * indicator catalogue and the referral procedure. Problems are refused with a message code under
 * the given prefix and the line they were found on: {@code .header}, {@code .malformed},
 * {@code .code}, {@code .duplicate-code}, {@code .english-missing}, {@code .row}.
 */
public final class TranslatedTable {

    /** One row: its fixed values, its texts by language, and where it was in the file. */
    public record Row(Map<String, String> values, Map<String, String> texts, long line) {

        public String get(String column) {
            return values.get(column);
        }
    }

    private TranslatedTable() {
    }

    /**
     * Reads the rows and turns each into a value; a value that cannot be made
     * ({@link IllegalArgumentException}) is refused with the row's line.
     */
    public static <T> List<T> read(Reader reader, List<String> fixed, String problems, Function<Row, T> toValue)
            throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        var values = new ArrayList<T>();
        var codes = new HashSet<String>();
        try (var parser = parse(format, reader, problems)) {
            List<String> languages = parser.getHeaderNames().stream().filter(h -> !fixed.contains(h)).toList();
            if (!parser.getHeaderNames().containsAll(fixed) || !languages.contains("en")) {
                throw new DomainRuleViolation(problems + ".header");
            }
            for (CSVRecord record : parser) {
                var row = row(record, fixed, languages, problems);
                if (!codes.add(row.get("code"))) {
                    throw new DomainRuleViolation(problems + ".duplicate-code", row.get("code"));
                }
                try {
                    values.add(toValue.apply(row));
                } catch (IllegalArgumentException | IllegalStateException | NullPointerException badValue) {
                    throw new DomainRuleViolation(problems + ".row", row.line());
                }
            }
        } catch (UncheckedIOException brokenQuoting) {
            throw new DomainRuleViolation(problems + ".malformed");
        }
        return values;
    }

    /** Writes rows in the form they are read in: the fixed columns, then English, then other languages. */
    public static <T> void write(Collection<T> items, List<String> fixed, Function<T, List<String>> fixedValues,
                                 Function<T, Map<String, String>> texts, Appendable out) throws IOException {
        List<String> languages = items.stream().flatMap(i -> texts.apply(i).keySet().stream()).distinct()
                .sorted((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : a.compareTo(b)).toList();
        var header = new ArrayList<>(fixed);
        header.addAll(languages);
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (T item : items) {
                var row = new ArrayList<>(fixedValues.apply(item));
                languages.forEach(language -> row.add(texts.apply(item).getOrDefault(language, "")));
                printer.printRecord(row);
            }
        }
    }

    private static Row row(CSVRecord record, List<String> fixed, List<String> languages, String problems) {
        try {
            var values = new LinkedHashMap<String, String>();
            fixed.forEach(column -> values.put(column, record.get(column)));
            if (!values.get("code").matches("[A-Z][A-Z0-9_]{1,63}")) {
                throw new DomainRuleViolation(problems + ".code", record.getRecordNumber());
            }
            var texts = new LinkedHashMap<String, String>();
            languages.forEach(language -> {
                String text = record.get(language);
                if (text != null && !text.isBlank()) {
                    texts.put(language, text);
                }
            });
            if (!texts.containsKey("en")) {
                throw new DomainRuleViolation(problems + ".english-missing", record.getRecordNumber());
            }
            return new Row(values, texts, record.getRecordNumber());
        } catch (IllegalArgumentException | IllegalStateException missingValue) {
            throw new DomainRuleViolation(problems + ".row", record.getRecordNumber());
        }
    }

    private static CSVParser parse(CSVFormat format, Reader reader, String problems) throws IOException {
        try {
            return format.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException badHeader) {
            throw new DomainRuleViolation(problems + ".header");
        }
    }
}
