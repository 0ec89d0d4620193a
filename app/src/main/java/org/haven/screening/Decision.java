package org.haven.screening;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the responsible person decides: the status, the forms of exploitation, the date, who decided
 * (the authority) and on what legal basis, and why in their own words.
 */
public record Decision(VictimStatus status, Set<ExploitationForm> forms, LocalDate decidedOn, String authority,
                       String legalBasis, String reasons) {

    public Decision {
        forms = forms == null ? Set.of() : Set.copyOf(forms);
    }

    /** HTCDS trafficking status follows from the decision. */
    public TraffickingStatus traffickingStatus() {
        return switch (status) {
            case NOT_A_VICTIM -> TraffickingStatus.NOT_A_VICTIM;
            case PRESUMED_VICTIM -> TraffickingStatus.POSSIBLE;
            case IDENTIFIED_VICTIM -> TraffickingStatus.ACTUAL;
        };
    }
}
