package org.haven.person;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface Children extends ListCrudRepository<Child, UUID> {
}
