package org.haven.casework.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haven.casework.CaseDetails;
import org.haven.casework.CaseFile;
import org.haven.casework.CaseStatus;
import org.haven.casework.CaseSummary;
import org.haven.casework.TeamRole;
import org.haven.person.AgeRange;
import org.haven.person.Child;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the case API. */
final class CaseResources {

    private CaseResources() {
    }

    record DateOfBirthResource(@NotNull DateOfBirth.Precision precision, LocalDate earliest, LocalDate latest) {
        static DateOfBirthResource of(DateOfBirth dob) {
            return new DateOfBirthResource(dob.precision(), dob.earliest(), dob.latest());
        }

        DateOfBirth toDateOfBirth() {
            return new DateOfBirth(precision, earliest, latest);
        }
    }

    record ChildResource(@Size(max = 200) String givenNames, @Size(max = 200) String familyName,
                         @Size(max = 20) List<@Size(max = 200) String> aliases, Sex sex,
                         @Valid DateOfBirthResource dateOfBirth, @Size(max = 5) List<String> nationalities,
                         @Size(max = 10) List<String> languages) {
        static ChildResource of(Child child) {
            var details = child.details();
            return new ChildResource(details.givenNames(), details.familyName(), details.aliases(), details.sex(),
                    DateOfBirthResource.of(details.dateOfBirth()), details.nationalities(), details.languages());
        }

        ChildDetails toDetails() {
            return new ChildDetails(givenNames, familyName, aliases, sex,
                    dateOfBirth == null ? DateOfBirth.unknown() : dateOfBirth.toDateOfBirth(), nationalities, languages);
        }
    }

    record NewCaseRequest(@NotNull @Valid ChildResource child, @NotNull UUID leadAgencyId,
                          @Size(max = 4000) String summary) {
    }

    record CaseUpdate(@NotNull UUID leadAgencyId, @NotNull CaseStatus status, @Size(max = 4000) String summary,
                      @Size(max = 2000) String statusReason, @Size(max = 2000) String openItemsExplanation,
                      @NotNull @Min(0) Long version) {
        CaseDetails toDetails() {
            return new CaseDetails(leadAgencyId, status, summary, statusReason, openItemsExplanation);
        }
    }

    record ChildUpdate(@NotNull @Valid ChildResource child, @NotNull @Min(0) @Max(Long.MAX_VALUE) Long version) {
    }

    record TeamMemberResource(UUID userId, String displayName, TeamRole role, UUID organisationId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseResource(UUID id, String reference, CaseStatus status, String summary, UUID leadAgencyId,
                        Instant openedAt, Instant lastChangedAt, long version, ChildResource child, long childVersion,
                        List<TeamMemberResource> team) {
        static CaseResource of(CaseFile file) {
            var kase = file.kase();
            return new CaseResource(kase.id().value(), kase.reference(), kase.status(), kase.summary(),
                    kase.leadAgencyId(), kase.openedAt(), kase.lastChangedAt(), kase.version(),
                    ChildResource.of(file.child()), file.child().version(),
                    file.team().stream().map(m -> new TeamMemberResource(m.user().id().value(),
                            m.user().displayName(), m.role(), m.user().organisationId().value())).toList());
        }
    }

    record CaseListItem(UUID id, String reference, String childName, Sex sex, AgeRange age, CaseStatus status,
                        Instant lastChangedAt, TeamRole myRole) {
        static CaseListItem of(CaseSummary summary) {
            return new CaseListItem(summary.id().value(), summary.reference(), summary.childName(), summary.sex(),
                    summary.age().orElse(null), summary.status(), summary.lastChangedAt(), summary.myRole());
        }
    }

    record CasePage(List<CaseListItem> cases, int page, boolean hasNext) {
    }
}
