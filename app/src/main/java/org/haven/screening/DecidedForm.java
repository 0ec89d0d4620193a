package org.haven.screening;

import org.springframework.data.relational.core.mapping.Table;

@Table("screening_decided_form")
record DecidedForm(ExploitationForm form) {
}
