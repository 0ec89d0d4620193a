package org.haven.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.util.Locale;
import java.util.UUID;

@Table("directory_organisation")
public class Organisation {

    private final @Id UUID id;
    private final String name;
    private final OrganisationKind kind;
    private final String country;
    private final String region;
    private @Version Long version;

    @PersistenceCreator
    Organisation(UUID id, String name, OrganisationKind kind, String country, String region, Long version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.region = region;
        this.version = version;
    }

    public static Organisation register(String name, OrganisationKind kind, String country, String region) {
        return new Organisation(UUID.randomUUID(), name, kind, country.toUpperCase(Locale.ROOT), region, null);
    }

    public OrganisationId id() {
        return new OrganisationId(id);
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    /** ISO 3166-1 alpha-2. */
    public String country() {
        return country;
    }

    public String region() {
        return region;
    }
}
