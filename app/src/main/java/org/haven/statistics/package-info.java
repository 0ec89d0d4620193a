/**
 * Statistics: the indicators the field lacks (DOMAIN.md §7), computed from the case data, and
 * published only as tables in which no small cell can be seen or worked out from that table, from
 * the indicator it is part of, or from another year's; and the HTCDS 2.0 export of one's own cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.haven.statistics;
