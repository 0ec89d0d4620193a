package org.haven.intake;

import org.haven.platform.subject.RetentionPeriod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Confidential reports in which nobody has written for {@code haven.retention.confidential-reports}
 * (two years) are deleted with their messages: the reporter was answered or stopped writing long
 * ago, and whatever the office acted on lives on in the case it opened. Reports belong to no case,
 * so legal hold does not reach them.
 */
@Component
class QuietReportRetention extends RetentionPeriod {

    private static final String QUIET_SINCE = """
            FROM intake_confidential_report r
            WHERE coalesce((SELECT max(m.written_on) FROM intake_report_message m WHERE m.confidential_report = r.id),
                           r.created_on) < :before""";

    private final JdbcClient jdbc;

    QuietReportRetention(JdbcClient jdbc, @Value("${haven.retention.confidential-reports:P2Y}") Period keptFor) {
        super("retention.rule.confidential-reports", keptFor);
        this.jdbc = jdbc;
    }

    @Override
    public List<String> due(Instant now, Set<UUID> heldCases) {
        return jdbc.sql("SELECT r.kind, r.created_on " + QUIET_SINCE + " ORDER BY r.created_on")
                .param("before", lastDayKept(now))
                .query((rs, n) -> rs.getString(1).toLowerCase(java.util.Locale.ROOT) + " of " + rs.getObject(2, LocalDate.class))
                .list();
    }

    @Override
    public int apply(Instant now, Set<UUID> heldCases) {
        return jdbc.sql("DELETE " + QUIET_SINCE).param("before", lastDayKept(now)).update();
    }

    private LocalDate lastDayKept(Instant now) {
        return keptSince(now).toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
