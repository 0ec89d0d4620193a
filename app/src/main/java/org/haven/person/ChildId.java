package org.haven.person;

import java.util.UUID;

public record ChildId(UUID value) {

    public static ChildId create() {
        return new ChildId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
