package org.haven.audit;

import java.util.UUID;

/** Who did it: a signed-in user, or the system itself (then {@code id} is null). */
public record Actor(UUID id, String name, UUID organisationId) {

    public static Actor system(String name) {
        return new Actor(null, name, null);
    }
}
