package org.haven.screening;

import org.springframework.data.relational.core.mapping.Table;

@Table("screening_age_method")
record AssessedMethod(AssessmentMethod method) {
}
