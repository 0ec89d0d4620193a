package org.haven.person;

import org.springframework.data.relational.core.mapping.Table;

/** ISO 639 language code. */
@Table("person_language")
record SpokenLanguage(String language) {
}
