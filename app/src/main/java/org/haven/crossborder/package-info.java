/**
 * Cross-border cooperation: this installation as a node among Haven nodes (its keys, its partners),
 * requests about a child and their answers between national focal points, carried as signed and
 * encrypted messages through a transactional outbox and an idempotent inbox, with signed receipts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cross-border cooperation")
package org.haven.crossborder;
