package org.haven.screening.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haven.access.CurrentUser;
import org.haven.platform.EditConflict;
import org.haven.screening.Catalogues;
import org.haven.screening.Decision;
import org.haven.screening.ExploitationForm;
import org.haven.screening.Identification;
import org.haven.screening.IndicatorKind;
import org.haven.screening.ObservationSource;
import org.haven.screening.ScreeningId;
import org.haven.screening.ScreeningView;
import org.haven.screening.Severity;
import org.haven.screening.Suggestion;
import org.haven.screening.Urgency;
import org.haven.screening.VictimStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Screening", description = "Indicators observed, the suggestion with its reasons, and the decision")
@SecurityRequirement(name = "bearer")
class ScreeningApi {

    private final Identification identification;
    private final Catalogues catalogues;

    ScreeningApi(Identification identification, Catalogues catalogues) {
        this.identification = identification;
        this.catalogues = catalogues;
    }

    record IndicatorResource(String code, IndicatorKind kind, ExploitationForm form, Severity severity,
                             Urgency urgency, Map<String, String> texts) {
    }

    record ObservationResource(String indicatorCode, ObservationSource source, String note) {
    }

    record ScreeningResource(UUID id, UUID caseId, int catalogueVersion, long version,
                             List<ObservationResource> observations, Suggestion suggestion, Decision decision) {
        static ScreeningResource of(ScreeningView view) {
            var s = view.screening();
            return new ScreeningResource(s.id().value(), s.caseId(), s.catalogueVersion(), s.version(),
                    s.observations().stream().map(o -> new ObservationResource(o.indicatorCode(), o.source(), view.noteOf(o)))
                            .toList(), view.suggestion(), s.decision().orElse(null));
        }
    }

    record ObservationsRequest(@NotEmpty @Size(max = 70) List<String> codes, ObservationSource source,
                               @Size(max = 2000) String note, @NotNull @Min(0) Long version) {
    }

    record DecisionRequest(@NotNull VictimStatus status, Set<ExploitationForm> forms, @NotNull LocalDate decidedOn,
                           @Size(max = 2000) String authority, @Size(max = 2000) String legalBasis,
                           @Size(max = 2000) String reasons, @NotNull @Min(0) Long version) {
    }

    @GetMapping(path = "/api/v1/indicators", produces = "application/json")
    @Operation(summary = "The current indicator catalogue")
    List<IndicatorResource> indicators() {
        return catalogues.current().all().stream().map(i -> new IndicatorResource(i.code(), i.kind(), i.form(),
                i.severity(), i.urgency(), i.texts())).toList();
    }

    @GetMapping(path = "/api/v1/screenings/{id}", produces = "application/json")
    @Operation(summary = "A screening with its suggestion and reasons (case team only)")
    ScreeningResource get(@PathVariable UUID id) {
        return ScreeningResource.of(identification.view(CurrentUser.require(), new ScreeningId(id)));
    }

    @PostMapping(path = "/api/v1/screenings/{id}/observations", produces = "application/json")
    @Operation(summary = "Record observations (all or none); 'version' is the screening version read, else 409")
    ScreeningResource observe(@PathVariable UUID id, @Valid @RequestBody ObservationsRequest request) {
        var user = CurrentUser.require();
        try {
            identification.observeAll(user, new ScreeningId(id), request.codes(), request.source(), request.note(),
                    request.version());
        } catch (EditConflict conflict) {
            throw new EditConflict(ScreeningResource.of(identification.view(user, new ScreeningId(id))));
        }
        return ScreeningResource.of(identification.view(user, new ScreeningId(id)));
    }

    @PostMapping(path = "/api/v1/screenings/{id}/decision", produces = "application/json")
    @Operation(summary = "Record the presumed/identified victim decision; a presumed victim gets the immediate protection checklist")
    ScreeningResource decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        var user = CurrentUser.require();
        try {
            identification.decide(user, new ScreeningId(id), new Decision(request.status(), request.forms(),
                    request.decidedOn(), request.authority(), request.legalBasis(), request.reasons()), request.version());
        } catch (EditConflict conflict) {
            throw new EditConflict(ScreeningResource.of(identification.view(user, new ScreeningId(id))));
        }
        return ScreeningResource.of(identification.view(user, new ScreeningId(id)));
    }
}
