package org.haven.access;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query("SELECT * FROM access_user WHERE lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("SELECT * FROM access_user ORDER BY lower(display_name)")
    List<UserAccount> findAllOrderedByName();
}
