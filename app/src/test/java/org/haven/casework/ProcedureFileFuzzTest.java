package org.haven.casework;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.haven.platform.DomainRuleViolation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * A procedure file a coordinator uploads is either read or refused with a reason; it never fails in
 * another way. Fuzz with {@code JAZZER_FUZZ=1 ./mvnw -pl app test -Dtest=ProcedureFileFuzzTest}.
 */
class ProcedureFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_procedure_file_is_read_or_refused_with_a_reason(FuzzedDataProvider data) {
        String text = "code,trigger,within,unit,responsible,completed_by,escalate_to,en\n" + data.consumeRemainingAsString();
        try {
            ProcedureFile.read(new StringReader(text));
        } catch (DomainRuleViolation refused) {
            // the one expected way to say no
        } catch (IOException cannotHappenWithAStringReader) {
            throw new UncheckedIOException(cannotHappenWithAStringReader);
        }
    }
}
