package org.haven.casework;

import org.haven.person.ChildDetails;

import java.util.UUID;

/** What opening a case needs: who the child is, which agency leads, and why the case is opened. */
public record NewCase(ChildDetails child, UUID leadAgencyId, String summary) {
}
