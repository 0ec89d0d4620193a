package org.haven.matching;

import org.haven.access.SignedInUser;
import org.haven.casework.OtherCases;
import org.haven.linkage.Candidate;
import org.haven.linkage.PersonRecord;
import org.haven.person.ChildDetails;
import org.haven.person.ChildId;
import org.haven.person.ChildRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The duplicate check for a referral, before anyone accepts it: which children already known here
 * may be the child described? The agency deciding sees, for each, the cases it has; the child's name
 * only when the user is on one of those cases' teams, and otherwise just the case reference and its
 * lead agency. Accepting the referral into a new case registers the child, which puts any likely
 * match in the reviewers' queue ({@link PossibleMatches}).
 */
@Service
@Transactional(readOnly = true)
public class KnownChildren {

    static final int CANDIDATES = 5;

    /** A child known here who may be the one described, with their cases; {@code name} only for their team. */
    public record KnownChild(ChildId child, String name, Candidate.Decision decision,
                             List<OtherCases.OtherCase> cases) {

        public boolean onMyTeam() {
            return name != null;
        }
    }

    private final ChildMatchingIndex index;
    private final OtherCases otherCases;
    private final ChildRegistry children;

    KnownChildren(ChildMatchingIndex index, OtherCases otherCases, ChildRegistry children) {
        this.index = index;
        this.otherCases = otherCases;
        this.children = children;
    }

    /** Most likely first; children without a case are left out (nothing to add a referral to). */
    public List<KnownChild> like(SignedInUser user, ChildDetails described) {
        var query = new PersonRecord("described", described.givenNames(), described.familyName(),
                String.join(" ", described.aliases()), ChildMatchingIndex.sexOf(described.sex()),
                ChildMatchingIndex.birthDateOf(described.dateOfBirth()), null,
                String.join(" ", described.nationalities()), null, null);
        return index.candidates(query, CANDIDATES).stream()
                .map(candidate -> known(user, candidate))
                .filter(known -> !known.cases().isEmpty())
                .toList();
    }

    private KnownChild known(SignedInUser user, Candidate candidate) {
        var child = new ChildId(UUID.fromString(candidate.recordId()));
        var cases = otherCases.of(user, List.of(child));
        boolean onTeam = cases.stream().anyMatch(OtherCases.OtherCase::mayOpen);
        return new KnownChild(child, onTeam ? children.get(child).primaryName().fullName() : null,
                candidate.decision(), cases);
    }
}
