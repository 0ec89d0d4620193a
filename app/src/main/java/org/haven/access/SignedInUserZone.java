package org.haven.access;

import org.haven.platform.UserZone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/** Times are shown in the signed-in user's own zone, otherwise in the installation's default. */
@Component
class SignedInUserZone implements UserZone {

    private final ZoneId fallback;

    SignedInUserZone(@Value("${haven.default-time-zone:Europe/Oslo}") ZoneId fallback) {
        this.fallback = fallback;
    }

    @Override
    public ZoneId current() {
        return CurrentUser.find().map(SignedInUser::zone).orElse(fallback);
    }
}
