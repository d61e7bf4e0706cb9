/**
 * In-memory implementations of the journal ports: {@link
 * io.ecrhub.domain.journal.InMemoryOrderJournal} for orders and {@link
 * io.ecrhub.domain.journal.InMemoryPairedTerminals} for pairings. Both are thread-safe and forget
 * everything when the process ends: for tests and demos, not for a till (use the JDBC journal of
 * {@code ecr-journal-jdbc} there).
 */
package io.ecrhub.domain.journal;
