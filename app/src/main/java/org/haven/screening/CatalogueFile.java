package org.haven.screening;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.platform.DomainRuleViolation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The indicator catalogue as a CSV file, the form in which it is written, reviewed and exchanged:
 * {@code code,kind,form,severity,urgency} then one column per language ({@code en}, {@code sv}, ...).
 */
final class CatalogueFile {

    private static final List<String> FIXED = List.of("code", "kind", "form", "severity", "urgency");

    private CatalogueFile() {
    }

    static List<Indicator> read(Reader reader) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get();
        var indicators = new ArrayList<Indicator>();
        var codes = new HashSet<String>();
        try (var parser = parse(format, reader)) {
            List<String> languages = parser.getHeaderNames().stream().filter(h -> !FIXED.contains(h)).toList();
            if (!parser.getHeaderNames().containsAll(FIXED) || !languages.contains("en")) {
                throw new DomainRuleViolation("catalogue.file.header");
            }
            for (CSVRecord row : parser) {
                indicators.add(indicator(row, languages));
                if (!codes.add(row.get("code"))) {
                    throw new DomainRuleViolation("catalogue.file.duplicate-code", row.get("code"));
                }
            }
        } catch (UncheckedIOException brokenQuoting) {
            throw new DomainRuleViolation("catalogue.file.malformed");
        }
        return indicators;
    }

    private static CSVParser parse(CSVFormat format, Reader reader) throws IOException {
        try {
            return format.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException badHeader) {
            throw new DomainRuleViolation("catalogue.file.header");
        }
    }

    /** Writes a catalogue in the same form it is read in, for review and editing. */
    static void write(IndicatorCatalogue catalogue, Appendable out) throws IOException {
        List<String> languages = catalogue.all().stream().flatMap(i -> i.texts().keySet().stream()).distinct()
                .sorted((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : a.compareTo(b)).toList();
        var header = new ArrayList<>(FIXED);
        header.addAll(languages);
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (Indicator i : catalogue.all()) {
                var row = new ArrayList<String>(List.of(i.code(), i.kind().name(), i.form() == null ? "" : i.form().name(),
                        i.severity().name(), i.urgency() == Urgency.STANDARD ? "" : i.urgency().name()));
                languages.forEach(language -> row.add(i.texts().getOrDefault(language, "")));
                printer.printRecord(row);
            }
        }
    }

    private static Indicator indicator(CSVRecord row, List<String> languages) {
        try {
            String code = row.get("code");
            if (!code.matches("[A-Z][A-Z0-9_]{1,63}")) {
                throw new DomainRuleViolation("catalogue.file.code", row.getRecordNumber());
            }
            var texts = new LinkedHashMap<String, String>();
            languages.forEach(language -> {
                String text = row.get(language);
                if (text != null && !text.isBlank()) {
                    texts.put(language, text);
                }
            });
            if (!texts.containsKey("en")) {
                throw new DomainRuleViolation("catalogue.file.english-missing", row.getRecordNumber());
            }
            String form = row.get("form");
            String urgency = row.get("urgency");
            return new Indicator(code, IndicatorKind.valueOf(row.get("kind")),
                    form.isEmpty() ? null : ExploitationForm.valueOf(form), Severity.valueOf(row.get("severity")),
                    urgency.isEmpty() ? Urgency.STANDARD : Urgency.valueOf(urgency), texts);
        } catch (IllegalArgumentException | IllegalStateException badValue) {
            throw new DomainRuleViolation("catalogue.file.row", row.getRecordNumber());
        }
    }
}
