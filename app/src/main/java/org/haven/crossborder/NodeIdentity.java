package org.haven.crossborder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Who this installation is among Haven nodes: its id, country, name and the address partners reach. */
@Component
public class NodeIdentity {

    private final String id;
    private final String country;
    private final String name;
    private final String endpoint;

    NodeIdentity(@Value("${haven.node.id}") String id, @Value("${haven.country}") String country,
                 @Value("${haven.node.name}") String name, @Value("${haven.base-url}") String endpoint) {
        this.id = id.strip();
        this.country = country.strip().toUpperCase(Locale.ROOT);
        this.name = name.strip();
        this.endpoint = endpoint.strip().replaceAll("/+$", "");
    }

    public String id() {
        return id;
    }

    public String country() {
        return country;
    }

    public String name() {
        return name;
    }

    public String endpoint() {
        return endpoint;
    }
}
