package org.haven.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haven.access.CurrentUser;
import org.haven.linkage.BirthDate;
import org.haven.linkage.PersonRecord;
import org.haven.linkage.Reason;
import org.haven.matching.PossibleMatches;
import org.haven.platform.DomainRuleViolation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Matching", description = "Who, among the children known here, may this person be?")
@SecurityRequirement(name = "bearer")
class MatchingApi {

    private final PossibleMatches matches;

    MatchingApi(PossibleMatches matches) {
        this.matches = matches;
    }

    /** A person as another agency or country describes them; any field may be empty, names in any script. */
    record PersonQuery(@Size(max = 200) String givenNames, @Size(max = 200) String familyName,
                       @Size(max = 400) String otherNames, @Pattern(regexp = "(?i)|F|M|FEMALE|MALE") String sex,
                       @Pattern(regexp = "|\\d{4}(-\\d{2}(-\\d{2})?)?") String birthDate,
                       @Size(max = 200) String birthPlace, @Size(max = 100) String nationality,
                       @Size(max = 200) String motherName, @Size(max = 200) String fatherName) {

        PersonRecord toRecord() {
            var date = BirthDate.parse(birthDate).orElseThrow(() -> new DomainRuleViolation("child.dob.invalid"));
            return new PersonRecord("query", givenNames, familyName, otherNames, PersonRecord.Sex.parse(sex), date,
                    birthPlace, nationality, motherName, fatherName);
        }
    }

    record LocalMatchResource(String child, double score, String decision, List<String> reasons,
                              List<String> caseReferences) {
    }

    /** What agreed and how much it counted, without the local record's names. */
    private static String withoutNames(Reason reason) {
        return String.format(Locale.ROOT, "%s %s (%+.1f)", reason.field(), reason.finding(), reason.bits());
    }

    @PostMapping("/person-matches")
    @Operation(summary = "Match a person (for example from a cross-border request) against the children known here",
            description = "Coordinators and national focal points. Answers with case references, scores and reasons, "
                    + "never names; at most five, best first. Audited.")
    List<LocalMatchResource> match(@Valid @RequestBody PersonQuery query) {
        return matches.whoMayThisBe(CurrentUser.require(), query.toRecord()).stream()
                .map(m -> new LocalMatchResource(m.child().toString(), m.score(), m.decision().name(),
                        m.reasons().stream().map(MatchingApi::withoutNames).toList(), m.caseReferences()))
                .toList();
    }
}
