package org.haven.casework.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haven.casework.Case;
import org.haven.casework.CaseDetails;
import org.haven.casework.CaseStatus;

import java.util.UUID;

/** The case's own details as typed into the edit form. */
public class CaseForm {

    @NotNull
    private UUID leadAgencyId;
    @NotNull
    private CaseStatus status;
    @Size(max = Case.MAX_SUMMARY_LENGTH)
    private String summary;
    @Size(max = 2000)
    private String statusReason;
    @Size(max = 2000)
    private String openItemsExplanation;
    private long version;

    static CaseForm of(Case kase) {
        var form = new CaseForm();
        form.leadAgencyId = kase.leadAgencyId();
        form.status = kase.status();
        form.summary = kase.summary();
        form.version = kase.version();
        return form;
    }

    CaseDetails toDetails() {
        return new CaseDetails(leadAgencyId, status, summary, statusReason, openItemsExplanation);
    }

    public UUID getLeadAgencyId() { return leadAgencyId; }
    public void setLeadAgencyId(UUID leadAgencyId) { this.leadAgencyId = leadAgencyId; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getStatusReason() { return statusReason; }
    public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
    public String getOpenItemsExplanation() { return openItemsExplanation; }
    public void setOpenItemsExplanation(String v) { this.openItemsExplanation = v; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
