package org.haven.linkage.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The CLI reads files from outside evaluations and other agencies. Whatever the bytes, reading
 * either gives records (problems reported by line) or refuses the file with a message; it never
 * fails otherwise. Fuzz for real with {@code JAZZER_FUZZ=1 ./mvnw -pl linkage test -Dtest=PersonCsvFuzzTest}.
 */
class PersonCsvFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_bytes_are_read_or_refused_with_a_message(FuzzedDataProvider data) throws IOException {
        var file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            PersonCsv.read(file, problem -> {
                if (!problem.contains("line ")) {
                    throw new IllegalStateException("problem without a line number: " + problem);
                }
            });
        } catch (PersonCsv.Unusable refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new IllegalStateException("refused without a message");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
