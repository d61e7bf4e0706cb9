/** The durable order journal over JDBC (SQLite by default). */
module io.ecrhub.journal.jdbc {
  requires transitive io.ecrhub.domain;
  requires transitive java.sql;

  exports io.ecrhub.journal.jdbc;
}
