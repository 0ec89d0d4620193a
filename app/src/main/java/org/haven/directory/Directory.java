package org.haven.directory;

import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the directory. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Organisations organisations;
    private final AuditTrail audit;

    Directory(Organisations organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public Optional<Organisation> find(OrganisationId id) {
        return id == null ? Optional.empty() : organisations.findById(id.value());
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByCountryAscNameAsc();
    }

    /**
     * Where a referral about a child seen in this region goes: the child-protection agency covering
     * the region, else any in the country, else the national coordinator.
     */
    public Optional<Organisation> leadAgencyFor(String country, String region) {
        var inCountry = all().stream().filter(o -> o.country().equalsIgnoreCase(country)).toList();
        return inCountry.stream()
                .filter(o -> o.kind() == OrganisationKind.CHILD_PROTECTION && region != null
                        && region.equalsIgnoreCase(o.region()))
                .findFirst()
                .or(() -> inCountry.stream().filter(o -> o.kind() == OrganisationKind.CHILD_PROTECTION).findFirst())
                .or(() -> inCountry.stream().filter(o -> o.kind() == OrganisationKind.NATIONAL_COORDINATOR).findFirst());
    }

    /** Regions covered by child-protection agencies in a country, for choosing where a child was seen. */
    public List<String> regions(String country) {
        return all().stream().filter(o -> o.country().equalsIgnoreCase(country) && o.region() != null
                        && o.kind() == OrganisationKind.CHILD_PROTECTION)
                .map(Organisation::region).distinct().sorted().toList();
    }

    public boolean isEmpty() {
        return organisations.count() == 0;
    }

    @Transactional
    public Organisation register(Actor actor, String name, OrganisationKind kind, String country, String region) {
        var organisation = organisations.save(Organisation.register(name, kind, country, region));
        audit.record(actor, AuditRecord.succeeded("organisation.registered", "organisation", organisation.id()));
        return organisation;
    }
}
