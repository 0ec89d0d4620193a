package org.haven.screening;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Publishes the catalogue shipped with Haven ({@code screening/indicators.csv}) as version 1 on the
 * first start, so that screening works from day one; coordinators publish later versions.
 */
@Component
@Order(-10)
class CatalogueImport implements ApplicationRunner {

    static final String SHIPPED = "screening/indicators.csv";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogueImport(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        boolean empty = jdbc.sql("SELECT count(*) FROM screening_catalogue").query(Long.class).single() == 0;
        if (empty) {
            try (var reader = new InputStreamReader(new ClassPathResource(SHIPPED).getInputStream(), StandardCharsets.UTF_8)) {
                publish(1, CatalogueFile.read(reader), Actor.system("catalogue-import"));
            }
        }
    }

    /** Publishes the next version; the new catalogue is used by screenings started from now on. */
    int publishNext(List<Indicator> indicators, Actor actor) {
        Integer newest = jdbc.sql("SELECT max(version) FROM screening_catalogue").query(Integer.class).single();
        int next = newest == null ? 1 : newest + 1;
        publish(next, indicators, actor);
        return next;
    }

    void publish(int version, List<Indicator> indicators, Actor actor) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO screening_catalogue (version, status, created_at, created_by, published_at, published_by)
                        VALUES (:v, 'PUBLISHED', :now, :by, :now, :by)""")
                .param("v", version).param("now", now).param("by", actor.id()).update();
        int position = 0;
        for (Indicator indicator : indicators) {
            jdbc.sql("""
                            INSERT INTO screening_indicator (catalogue_version, code, position, kind, form, severity, urgency)
                            VALUES (:v, :code, :position, :kind, :form, :severity, :urgency)""")
                    .param("v", version).param("code", indicator.code()).param("position", position++)
                    .param("kind", indicator.kind().name())
                    .param("form", indicator.form() == null ? null : indicator.form().name())
                    .param("severity", indicator.severity().name()).param("urgency", indicator.urgency().name())
                    .update();
            indicator.texts().forEach((language, text) -> jdbc.sql("""
                            INSERT INTO screening_indicator_text (catalogue_version, code, language, text)
                            VALUES (:v, :code, :language, :text)""")
                    .param("v", version).param("code", indicator.code()).param("language", language)
                    .param("text", text).update());
        }
        audit.record(actor, AuditRecord.succeeded("catalogue.published", "indicator-catalogue", version)
                .withDetails(indicators.size() + " indicators"));
    }
}
