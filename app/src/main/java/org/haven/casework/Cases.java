package org.haven.casework;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface Cases extends ListCrudRepository<Case, UUID> {
}
