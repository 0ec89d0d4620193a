/**
 * The child's identity record: names in any script and aliases, sex, date of birth with its
 * precision, nationalities and languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person")
package org.haven.person;
