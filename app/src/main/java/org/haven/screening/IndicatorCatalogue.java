package org.haven.screening;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the indicator catalogue: the indicators a screening was done against. */
public final class IndicatorCatalogue {

    private final int version;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    public IndicatorCatalogue(int version, Collection<Indicator> indicators) {
        this.version = version;
        indicators.forEach(indicator -> this.indicators.put(indicator.code(), indicator));
    }

    public int version() {
        return version;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public boolean contains(String code) {
        return indicators.containsKey(code);
    }

    public List<Indicator> all() {
        return List.copyOf(indicators.values());
    }
}
