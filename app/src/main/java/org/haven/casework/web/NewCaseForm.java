package org.haven.casework.web;

import jakarta.validation.constraints.Size;
import org.haven.casework.Case;

import java.util.UUID;

/** Registering a child and opening their case, in one form. */
public class NewCaseForm extends ChildForm {

    private UUID leadAgencyId;
    @Size(max = Case.MAX_SUMMARY_LENGTH)
    private String summary;

    public UUID getLeadAgencyId() { return leadAgencyId; }
    public void setLeadAgencyId(UUID leadAgencyId) { this.leadAgencyId = leadAgencyId; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
