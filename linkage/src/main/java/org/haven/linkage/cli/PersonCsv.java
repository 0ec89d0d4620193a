package org.haven.linkage.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.linkage.BirthDate;
import org.haven.linkage.PersonRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads person records from a UTF-8 CSV file with a header. A row that cannot be used is reported
 * with its line number and skipped; the rest of the file is still read. A file that cannot be used
 * at all (missing, not UTF-8, no id column) is refused with a message saying why.
 */
public final class PersonCsv {

    public static final List<String> COLUMNS = List.of("id", "given_names", "family_name", "other_names", "sex",
            "birth_date", "birth_place", "nationality", "mother_name", "father_name");

    /** A file that cannot be read at all. */
    public static final class Unusable extends Exception {
        public Unusable(String message) {
            super(message);
        }
    }

    private PersonCsv() {
    }

    /** The usable records of a file; problems with single rows go to {@code problems}. */
    public static List<PersonRecord> read(Path file, Consumer<String> problems) throws Unusable {
        String text = decode(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Integer> lineStarts = lineStarts(text);
        List<String> header = header(file, text);
        var records = new ArrayList<PersonRecord>();
        var ids = new HashSet<String>();
        int line = 2;
        while (line <= lineStarts.size()) {
            line = readFrom(file, text, lineStarts, line, header, records, ids, problems);
        }
        return records;
    }

    /** Reads rows from {@code line} on; returns the line to go on from after an unreadable row, or past the end. */
    private static int readFrom(Path file, String text, List<Integer> lineStarts, int line, List<String> header,
                                List<PersonRecord> records, HashSet<String> ids, Consumer<String> problems) {
        var format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setSkipHeaderRecord(false)
                .setIgnoreEmptyLines(true).get();
        long linesRead = 0;
        try (var parser = CSVParser.builder().setReader(new StringReader(text.substring(lineStarts.get(line - 1))))
                .setFormat(format).get()) {
            for (CSVRecord row : parser) {
                linesRead = parser.getCurrentLineNumber();
                int rowLine = lineOf(lineStarts, lineStarts.get(line - 1) + (int) row.getCharacterPosition());
                toRecord(file, rowLine, row, header, ids, problems).ifPresent(records::add);
            }
            return lineStarts.size() + 1;
        } catch (UncheckedIOException | IllegalStateException | IOException unreadable) {
            int bad = line + (int) linesRead;
            problems.accept("%s line %d: unreadable CSV (%s); skipped to the next line"
                    .formatted(file.getFileName(), bad, firstLine(unreadable.getMessage())));
            return bad + 1;
        }
    }

    private static Optional<PersonRecord> toRecord(Path file, int line, CSVRecord row, List<String> header,
                                                             HashSet<String> ids, Consumer<String> problems) {
        String where = "%s line %d: ".formatted(file.getFileName(), line);
        if (row.size() != header.size()) {
            problems.accept(where + "has %d fields, the header has %d; row skipped".formatted(row.size(), header.size()));
            return Optional.empty();
        }
        Map<String, String> values = row.toMap();
        String id = values.getOrDefault("id", "").strip();
        if (id.isEmpty()) {
            problems.accept(where + "no id; row skipped");
            return Optional.empty();
        }
        if (!ids.add(id)) {
            problems.accept(where + "id " + id + " appears again; row skipped");
            return Optional.empty();
        }
        String dateText = values.get("birth_date");
        var date = BirthDate.parse(dateText);
        if (date.isEmpty()) {
            var kept = BirthDate.yearOf(dateText);
            problems.accept(where + "birth_date '" + dateText.strip() + "' is not a real date as YYYY, YYYY-MM or "
                    + "YYYY-MM-DD; read as " + (kept.isKnown() ? kept : "unknown"));
            date = Optional.of(kept);
        }
        return Optional.of(new PersonRecord(id, values.get("given_names"), values.get("family_name"),
                values.get("other_names"), PersonRecord.Sex.parse(values.get("sex")), date.orElse(BirthDate.UNKNOWN),
                values.get("birth_place"), values.get("nationality"), values.get("mother_name"),
                values.get("father_name")));
    }

    private static String decode(Path file) throws Unusable {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException missing) {
            throw new Unusable(file + ": no such file");
        } catch (CharacterCodingException notUtf8) {
            throw new Unusable(file + ": not UTF-8 text; save it as UTF-8 and try again");
        } catch (IOException unreadable) {
            throw new Unusable(file + ": cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    /** The header's column names; unknown columns are kept (and ignored), missing ones read as empty. */
    private static List<String> header(Path file, String text) throws Unusable {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (first.isEmpty()) {
            throw new Unusable(file + ": empty; expected a header line: " + String.join(",", COLUMNS));
        }
        var names = new ArrayList<String>();
        for (String name : first.split(",", -1)) {
            names.add(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        if (!names.contains("id")) {
            throw new Unusable(file + ": the header has no 'id' column; expected " + String.join(",", COLUMNS));
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new Unusable(file + ": the header names a column twice: " + first);
        }
        if (names.stream().noneMatch(COLUMNS::contains) || names.size() == 1) {
            throw new Unusable(file + ": the header has no person fields; expected " + String.join(",", COLUMNS));
        }
        return names;
    }

    private static List<Integer> lineStarts(String text) {
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int lineOf(List<Integer> lineStarts, int offset) {
        int index = Collections.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed quoting";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
