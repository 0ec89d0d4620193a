package org.haven.directory;

/** What an agency is, in the field's terms; it decides which roles its staff usually hold. */
public enum OrganisationKind {
    CHILD_PROTECTION,
    POLICE,
    BORDER_GUARD,
    PROSECUTION,
    GUARDIANSHIP_SERVICE,
    NGO,
    SHELTER,
    BARNAHUS,
    HEALTH,
    SCHOOL,
    MIGRATION_AUTHORITY,
    NATIONAL_COORDINATOR,
    FOCAL_POINT,
    RAPPORTEUR
}
