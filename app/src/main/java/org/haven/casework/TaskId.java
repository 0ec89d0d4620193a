package org.haven.casework;

import java.util.UUID;

public record TaskId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
