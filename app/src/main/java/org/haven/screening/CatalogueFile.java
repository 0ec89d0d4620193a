package org.haven.screening;

import org.haven.platform.csv.TranslatedTable;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
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
        return TranslatedTable.read(reader, FIXED, "catalogue.file", row -> {
            String form = row.get("form");
            String urgency = row.get("urgency");
            return new Indicator(row.get("code"), IndicatorKind.valueOf(row.get("kind")),
                    form.isEmpty() ? null : ExploitationForm.valueOf(form), Severity.valueOf(row.get("severity")),
                    urgency.isEmpty() ? Urgency.STANDARD : Urgency.valueOf(urgency), row.texts());
        });
    }

    /** Writes a catalogue in the same form it is read in, for review and editing. */
    static void write(IndicatorCatalogue catalogue, Appendable out) throws IOException {
        TranslatedTable.write(catalogue.all(), FIXED, i -> new ArrayList<>(List.of(i.code(), i.kind().name(),
                        i.form() == null ? "" : i.form().name(), i.severity().name(),
                        i.urgency() == Urgency.STANDARD ? "" : i.urgency().name())),
                Indicator::texts, out);
    }
}
