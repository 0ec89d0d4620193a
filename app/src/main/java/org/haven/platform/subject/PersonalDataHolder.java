package org.haven.platform.subject;

import java.util.List;

/**
 * A module that holds personal data about children says what it holds about one child, for a
 * subject-access request. Each module reads only its own tables ({@link ModuleRows} does the work).
 */
public interface PersonalDataHolder {

    List<HeldRecords> heldAbout(SubjectKeys subject);
}
