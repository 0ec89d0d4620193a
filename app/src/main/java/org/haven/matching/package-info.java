/**
 * Finding the same child across agencies, scripts and countries: the matching index kept current
 * as identity records change, the possible-match review queue, merge and unmerge decisions, and
 * matching of incoming requests (cross-border) against local records. The engine is the plain-Java
 * {@code linkage} library.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.haven.matching;
