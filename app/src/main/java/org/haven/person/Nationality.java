package org.haven.person;

import org.springframework.data.relational.core.mapping.Table;

/** ISO 3166-1 alpha-2 code. */
@Table("person_nationality")
record Nationality(String country) {
}
