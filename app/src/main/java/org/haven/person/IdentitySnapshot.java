package org.haven.person;

import java.util.List;

/** What matching needs of one child's identity record, read in bulk without loading the aggregate. */
public record IdentitySnapshot(ChildId child, String givenNames, String familyName, List<String> aliases, Sex sex,
                               DateOfBirth dateOfBirth, List<String> nationalities) {
}
