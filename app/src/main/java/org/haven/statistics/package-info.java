/**
 * Statistics: the indicators the field lacks (DOMAIN.md §7), computed from the case data, and
 * published only as tables in which no small cell can be seen or worked out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.haven.statistics;
