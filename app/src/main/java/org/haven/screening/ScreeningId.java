package org.haven.screening;

import java.util.UUID;

public record ScreeningId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
