/** The durable order journal over JDBC (SQLite by default). */
module io.ecrhub.journal.jdbc {
  requires transitive io.ecrhub.domain;
  requires transitive java.sql;

  exports io.ecrhub.journal.jdbc;

  // DriverManager finds the drivers as services: declared here so that resolving an application
  // with this module binds the driver modules on its module path (SQLite's, PostgreSQL's)
  uses java.sql.Driver;
}
