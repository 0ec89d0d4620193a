package org.haven.matching;

import org.haven.linkage.BirthDate;
import org.haven.linkage.Candidate;
import org.haven.linkage.PersonIndex;
import org.haven.linkage.PersonRecord;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.haven.person.DateOfBirth;
import org.haven.person.IdentitySnapshot;
import org.haven.person.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every child's identity in the linkage index, in memory. Built from the database when Haven starts
 * and updated record by record as identities are registered and corrected; never rebuilt for a change.
 */
@Component
public class ChildMatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(ChildMatchingIndex.class);

    private final PersonIndex index = new PersonIndex();
    private final ChildRegistry children;

    ChildMatchingIndex(ChildRegistry children) {
        this.children = children;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void rebuild() {
        long start = System.nanoTime();
        children.forEachIdentity(null, identity -> index.put(recordOf(identity)));
        log.info("Matching index: {} children indexed in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** An anonymised child can no longer be anyone's match. */
    @EventListener
    void forget(org.haven.person.ChildAnonymised anonymised) {
        index.remove(anonymised.child().toString());
    }

    /** Reads the child's identity as now stored into the index; returns it as indexed. */
    Optional<PersonRecord> refresh(ChildId child) {
        var record = recordOf(child);
        record.ifPresentOrElse(index::put, () -> index.remove(child.toString()));
        return record;
    }

    List<Candidate> candidates(PersonRecord query, int limit) {
        return index.candidates(query, limit);
    }

    Optional<Candidate> explain(PersonRecord query, ChildId indexed) {
        return index.explain(query, indexed.toString());
    }

    Optional<PersonRecord> recordOf(ChildId child) {
        var found = new PersonRecord[1];
        children.forEachIdentity(child, identity -> found[0] = recordOf(identity));
        return Optional.ofNullable(found[0]);
    }

    int size() {
        return index.size();
    }

    static PersonRecord recordOf(IdentitySnapshot identity) {
        return new PersonRecord(identity.child().toString(), identity.givenNames(), identity.familyName(),
                String.join(" ", identity.aliases()), sexOf(identity.sex()), birthDateOf(identity.dateOfBirth()),
                null, String.join(" ", identity.nationalities()), null, null);
    }

    static PersonRecord.Sex sexOf(Sex sex) {
        return switch (sex) {
            case FEMALE -> PersonRecord.Sex.FEMALE;
            case MALE -> PersonRecord.Sex.MALE;
            default -> PersonRecord.Sex.UNKNOWN;
        };
    }

    /** Exact, month and year as they are; an estimated age as the year in the middle of its range. */
    static BirthDate birthDateOf(DateOfBirth dob) {
        LocalDate earliest = dob.earliest();
        return switch (dob.precision()) {
            case EXACT -> BirthDate.of(earliest);
            case MONTH -> new BirthDate(earliest.getYear(), earliest.getMonthValue(), 0);
            case YEAR -> new BirthDate(earliest.getYear(), 0, 0);
            case ESTIMATED -> new BirthDate(earliest.plusDays(
                    (dob.latest().toEpochDay() - earliest.toEpochDay()) / 2).getYear(), 0, 0);
            case UNKNOWN -> BirthDate.UNKNOWN;
        };
    }
}
