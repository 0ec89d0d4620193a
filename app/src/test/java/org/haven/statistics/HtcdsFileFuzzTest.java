package org.haven.statistics;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTCDS file someone uploads is read or reported line by line; it never fails in another way,
 * and a row is either read or has a problem, never both. Fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl app test -Dtest=HtcdsFileFuzzTest}.
 */
class HtcdsFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_htcds_file_is_read_or_reported_by_line(FuzzedDataProvider data) {
        String text = String.join(",", HtcdsExport.COLUMNS) + "\n" + data.consumeRemainingAsString();
        var result = HtcdsFile.read(text, LocalDate.of(2026, 12, 6));
        assertThat(result.rows().size()).isLessThanOrEqualTo(HtcdsFile.MAX_ROWS);
        result.rows().forEach(row -> assertThat(result.problems()).noneMatch(p -> p.line() == row.line()));
        result.problems().forEach(p -> assertThat(p.line()).isPositive());
    }
}
