/**
 * The audit log: an append-only record of who read or changed what, when, from where and why.
 * Other modules write to it through {@link org.haven.audit.AuditTrail} inside their own transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.haven.audit;
