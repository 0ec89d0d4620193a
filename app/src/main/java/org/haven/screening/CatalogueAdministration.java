package org.haven.screening;

import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

/**
 * Coordinators keep the indicator catalogue up to date: they download it as CSV, edit it, and publish
 * the edited file as the next version. Earlier screenings keep the version they were done against.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class CatalogueAdministration {

    private final CatalogueImport publisher;
    private final Catalogues catalogues;
    private final AuditTrail audit;

    CatalogueAdministration(CatalogueImport publisher, Catalogues catalogues, AuditTrail audit) {
        this.publisher = publisher;
        this.catalogues = catalogues;
        this.audit = audit;
    }

    public String currentAsCsv() {
        var out = new StringWriter();
        try {
            CatalogueFile.write(catalogues.current(), out);
        } catch (IOException cannotHappenWithAStringWriter) {
            throw new IllegalStateException(cannotHappenWithAStringWriter);
        }
        return out.toString();
    }

    /** Only national coordinators publish; checked before anything the user sent is looked at. */
    public void requirePublisher(SignedInUser user) {
        if (!user.hasRole(Role.COORDINATOR)) {
            audit.record(user.actor(), AuditRecord.refused("catalogue.published", "indicator-catalogue", null));
            throw new NoAccess("Only national coordinators publish the indicator catalogue");
        }
    }

    /** Reads an edited catalogue and publishes it as the next version; returns that version. */
    public int publish(SignedInUser user, Reader edited) throws IOException {
        requirePublisher(user);
        var indicators = CatalogueFile.read(edited);
        if (indicators.isEmpty()) {
            throw new DomainRuleViolation("catalogue.file.empty");
        }
        return publisher.publishNext(indicators, user.actor());
    }
}
