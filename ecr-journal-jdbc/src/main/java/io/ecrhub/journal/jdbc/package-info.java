/**
 * A durable order journal over JDBC: {@link io.ecrhub.journal.jdbc.JdbcOrderJournal} implements the
 * domain's {@link io.ecrhub.domain.port.OrderJournal} port in an SQLite file by default, or in a
 * PostgreSQL database (or any database with a JDBC driver: the SQL is portable) that many tills
 * share; {@link io.ecrhub.journal.jdbc.JournalLocation} decides where the journal lives, {@link
 * io.ecrhub.journal.jdbc.TillId} which till writes it, and {@link
 * io.ecrhub.journal.jdbc.JournalExport} writes entries out for the accountants.
 *
 * <p>This package knows the domain's port and model only, never the payment engine, the protocol or
 * a transport; and it speaks {@code java.sql} only, never a driver's own classes.
 */
package io.ecrhub.journal.jdbc;
