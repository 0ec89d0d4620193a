/**
 * Data subject rights: a child's (or their guardian's) request to see everything Haven holds about
 * them, answered by the data-protection auditors from every module's own data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data protection")
package org.haven.dataprotection;
