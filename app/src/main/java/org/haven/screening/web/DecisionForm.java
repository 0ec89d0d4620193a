package org.haven.screening.web;

import org.haven.screening.Decision;
import org.haven.screening.ExploitationForm;
import org.haven.screening.ScreeningView;
import org.haven.screening.VictimStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The decision as typed into its form; kept as typed when it is refused. */
public class DecisionForm {

    private VictimStatus status;
    private Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
    private Integer day;
    private Integer month;
    private Integer year;
    private String authority;
    private String legalBasis;
    private String reasons;
    private long version;

    void prefill(ScreeningView view, LocalDate today) {
        var decided = view.screening().decision();
        status = decided.map(Decision::status).orElse(null);
        forms = EnumSet.noneOf(ExploitationForm.class);
        forms.addAll(decided.map(Decision::forms).orElse(view.suggestion().forms()));
        LocalDate on = decided.map(Decision::decidedOn).orElse(today);
        day = on.getDayOfMonth();
        month = on.getMonthValue();
        year = on.getYear();
        authority = decided.map(Decision::authority).orElse(null);
        legalBasis = decided.map(Decision::legalBasis).orElse(null);
        reasons = decided.map(Decision::reasons).orElse(null);
        version = view.screening().version();
    }

    Decision toDecision() {
        LocalDate on = day == null || month == null || year == null ? null : LocalDate.of(year, month, day);
        return new Decision(status, forms, on, authority, legalBasis, reasons);
    }

    /** Nothing typed yet: the form is shown for the first time. */
    boolean isBlank() {
        return status == null && day == null && month == null && year == null;
    }

    public VictimStatus getStatus() { return status; }
    public void setStatus(VictimStatus status) { this.status = status; }
    public Set<ExploitationForm> getForms() { return forms; }
    public void setForms(Set<ExploitationForm> forms) { this.forms = forms; }
    public Integer getDay() { return day; }
    public void setDay(Integer day) { this.day = day; }
    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
