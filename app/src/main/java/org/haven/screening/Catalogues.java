package org.haven.screening;

import org.haven.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads versions of the indicator catalogue; a published version never changes again. */
@Component
@Transactional(readOnly = true)
public class Catalogues {

    private final JdbcClient jdbc;
    private final Map<Integer, IndicatorCatalogue> published = new java.util.concurrent.ConcurrentHashMap<>();

    Catalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalogue new screenings use: the newest published version. */
    public IndicatorCatalogue current() {
        Integer newest = jdbc.sql("SELECT max(version) FROM screening_catalogue WHERE status = 'PUBLISHED'")
                .query(Integer.class).single();
        if (newest == null) {
            throw new NotFound("published indicator catalogue", "any");
        }
        return version(newest);
    }

    /** A published version, cached: published versions are immutable. */
    public IndicatorCatalogue version(int version) {
        return published.computeIfAbsent(version, this::load);
    }

    private IndicatorCatalogue load(int version) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("SELECT code, language, text FROM screening_indicator_text WHERE catalogue_version = :v")
                .param("v", version)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString("code"), c -> new LinkedHashMap<>())
                            .put(rs.getString("language"), rs.getString("text"));
                });
        List<Indicator> indicators = jdbc.sql("""
                        SELECT code, kind, form, severity, urgency FROM screening_indicator
                        WHERE catalogue_version = :v ORDER BY position""")
                .param("v", version)
                .query((rs, n) -> new Indicator(rs.getString("code"), IndicatorKind.valueOf(rs.getString("kind")),
                        rs.getString("form") == null ? null : ExploitationForm.valueOf(rs.getString("form")),
                        Severity.valueOf(rs.getString("severity")), Urgency.valueOf(rs.getString("urgency")),
                        texts.getOrDefault(rs.getString("code"), Map.of())))
                .list();
        if (indicators.isEmpty()) {
            throw new NotFound("indicator catalogue version", version);
        }
        return new IndicatorCatalogue(version, indicators);
    }
}
