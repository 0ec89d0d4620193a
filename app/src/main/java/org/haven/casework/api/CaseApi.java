package org.haven.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.haven.access.CurrentUser;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.platform.EditConflict;
import org.haven.casework.api.CaseResources.CaseListItem;
import org.haven.casework.api.CaseResources.CasePage;
import org.haven.casework.api.CaseResources.CaseResource;
import org.haven.casework.api.CaseResources.CaseUpdate;
import org.haven.casework.api.CaseResources.ChildUpdate;
import org.haven.casework.api.CaseResources.NewCaseRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/cases", produces = "application/json")
@Tag(name = "Cases", description = "A child's case: only members of its case team can read or change it")
@SecurityRequirement(name = "bearer")
class CaseApi {

    private final CaseFiles caseFiles;

    CaseApi(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GetMapping
    @Operation(summary = "The caller's cases, newest activity first; q matches child names in any script or the reference")
    CasePage myCases(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        var cases = caseFiles.myCases(CurrentUser.require(), q, page);
        return new CasePage(cases.stream().limit(CaseFiles.PAGE_SIZE).map(CaseListItem::of).toList(),
                Math.max(0, page), cases.size() > CaseFiles.PAGE_SIZE);
    }

    @PostMapping
    @Operation(summary = "Register a child and open their case; the caller joins the case team")
    ResponseEntity<CaseResource> open(@Valid @RequestBody NewCaseRequest request) {
        var user = CurrentUser.require();
        CaseId id = caseFiles.open(user, new NewCase(request.child().toDetails(), request.leadAgencyId(),
                request.summary()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id.value()).toUri();
        return ResponseEntity.created(location).body(CaseResource.of(caseFiles.current(user, id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with the child's record (audited as a read of the child's record)")
    CaseResource get(@PathVariable UUID id) {
        return CaseResource.of(caseFiles.view(CurrentUser.require(), new CaseId(id)));
    }

    @PutMapping(path = "/{id}")
    @Operation(summary = "Change lead agency, status or summary; 'version' must be the version read, else 409")
    CaseResource update(@PathVariable UUID id, @Valid @RequestBody CaseUpdate update) {
        var user = CurrentUser.require();
        try {
            caseFiles.describe(user, new CaseId(id), update.toDetails(), update.version());
        } catch (EditConflict conflict) {
            throw new EditConflict(CaseResource.of(caseFiles.current(user, new CaseId(id))));
        }
        return CaseResource.of(caseFiles.current(user, new CaseId(id)));
    }

    @PutMapping(path = "/{id}/child")
    @Operation(summary = "Correct the child's record; 'version' must be the childVersion read, else 409")
    CaseResource correctChild(@PathVariable UUID id, @Valid @RequestBody ChildUpdate update) {
        var user = CurrentUser.require();
        try {
            caseFiles.correctChild(user, new CaseId(id), update.child().toDetails(), update.version());
        } catch (EditConflict conflict) {
            throw new EditConflict(CaseResource.of(caseFiles.current(user, new CaseId(id))));
        }
        return CaseResource.of(caseFiles.current(user, new CaseId(id)));
    }
}
