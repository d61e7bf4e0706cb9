package io.ecrhub.journal.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * One step of the journal's schema: the statements that take a database from {@code version - 1} to
 * {@code version}. A released migration never changes; a new schema is a new migration.
 *
 * @param description what the step does, stored with the version
 * @param statements portable DDL/DML, run in order inside one transaction
 */
record Migration(int version, String description, List<String> statements) {

  Migration {
    Objects.requireNonNull(description, "description");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, got " + version);
    }
    statements = List.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("migration " + version + " has no statements");
    }
  }
}
