package org.haven.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Account")
@SecurityRequirement(name = "bearer")
class MeApi {

    record Me(UUID id, String username, String displayName, UUID organisationId, Set<Role> roles) {
    }

    @GetMapping(path = "/api/v1/me", produces = "application/json")
    @Operation(summary = "Who the token belongs to")
    Me me() {
        var user = CurrentUser.require();
        return new Me(user.id().value(), user.getUsername(), user.displayName(), user.organisationId().value(),
                user.roles());
    }
}
