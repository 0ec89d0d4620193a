package org.haven.casework;

import org.haven.platform.csv.TranslatedTable;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * The referral procedure as a CSV file, the form in which it is agreed, reviewed and published:
 * {@code code,trigger,within,unit,responsible,completed_by,escalate_to} then one text column per
 * language ({@code en} required).
 */
final class ProcedureFile {

    private static final List<String> FIXED = List.of("code", "trigger", "within", "unit", "responsible",
            "completed_by", "escalate_to");

    private ProcedureFile() {
    }

    static List<ProcedureStep> read(Reader reader) throws IOException {
        return TranslatedTable.read(reader, FIXED, "procedure.file", row -> new ProcedureStep(row.get("code"),
                ProcedureTrigger.valueOf(row.get("trigger")),
                new Deadline(Integer.parseInt(row.get("within")), Deadline.Unit.valueOf(row.get("unit"))),
                TeamRole.valueOf(row.get("responsible")), Milestone.valueOf(row.get("completed_by")),
                Escalation.valueOf(row.get("escalate_to")), row.texts()));
    }

    static void write(List<ProcedureStep> steps, Appendable out) throws IOException {
        TranslatedTable.write(steps, FIXED, s -> List.of(s.code(), s.trigger().name(),
                        String.valueOf(s.within().amount()), s.within().unit().name(), s.responsible().name(),
                        s.completedBy().name(), s.escalateTo().name()),
                ProcedureStep::texts, out);
    }
}
