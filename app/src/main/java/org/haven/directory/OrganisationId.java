package org.haven.directory;

import java.util.UUID;

public record OrganisationId(UUID value) {

    public static OrganisationId create() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
