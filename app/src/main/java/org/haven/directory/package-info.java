/** Organisations (agencies) that take part: their kind, country and region. */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.haven.directory;
