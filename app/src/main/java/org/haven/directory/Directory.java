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
