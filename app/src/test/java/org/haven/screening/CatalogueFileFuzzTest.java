package org.haven.screening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.haven.platform.DomainRuleViolation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * A catalogue file written by hand or exported from another system is either read or refused with
 * a reason; it never fails in another way. Fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl app test -Dtest=CatalogueFileFuzzTest}.
 */
class CatalogueFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_catalogue_file_is_read_or_refused_with_a_reason(FuzzedDataProvider data) {
        String text = "code,kind,form,severity,urgency,en\n" + data.consumeRemainingAsString();
        try {
            CatalogueFile.read(new StringReader(text));
        } catch (DomainRuleViolation refused) {
            // the one expected way to say no
        } catch (IOException cannotHappenWithAStringReader) {
            throw new UncheckedIOException(cannotHappenWithAStringReader);
        }
    }
}
