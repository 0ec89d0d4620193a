package org.haven.directory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.directory.Directory;
import org.haven.directory.OrganisationKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Directory", description = "Organisations taking part")
@SecurityRequirement(name = "bearer")
class OrganisationApi {

    private final Directory directory;

    OrganisationApi(Directory directory) {
        this.directory = directory;
    }

    record OrganisationResource(UUID id, String name, OrganisationKind kind, String country, String region) {
    }

    @GetMapping(path = "/api/v1/organisations", produces = "application/json")
    @Operation(summary = "All organisations, by country and name")
    List<OrganisationResource> all() {
        return directory.all().stream().map(o -> new OrganisationResource(o.id().value(), o.name(), o.kind(),
                o.country(), o.region())).toList();
    }
}
