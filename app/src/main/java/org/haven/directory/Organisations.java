package org.haven.directory;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface Organisations extends ListCrudRepository<Organisation, UUID> {

    List<Organisation> findAllByOrderByCountryAscNameAsc();
}
