package io.ecrhub.cli.option;

import io.ecrhub.cli.output.CliContext;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.domain.validation.ViolationCollector;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import io.ecrhub.journal.jdbc.JournalLocation;
import java.nio.file.Files;
import picocli.CommandLine.Option;

/**
 * {@code --journal PATH}: where orders are written down before they are sent. Falls back to {@code
 * ECR_JOURNAL}, then {@code ~/.ecr/journal.db}; a value starting with {@code jdbc:} is a JDBC URL
 * ({@code jdbc:postgresql://db.shop.lan/ecr?user=pos&password=…}: the PostgreSQL driver is in
 * {@code ecr.jar}), which output, errors and logs show with its password replaced by {@code ***}.
 */
public final class JournalOption {

  @Option(
      names = "--journal",
      paramLabel = "PATH|URL",
      description =
          "The order journal: an SQLite file, or a jdbc: URL such as"
              + " jdbc:postgresql://host/db?user=u&password=p. Env: "
              + JournalLocation.ENVIRONMENT_VARIABLE
              + "; default ~/.ecr/journal.db.")
  String journal;

  /**
   * The journal's location; null, with a violation, when the value is unusable.
   *
   * @param context the command's environment and home directory
   * @param violations collects the reason when the value is unusable
   * @return the location, or {@code null}
   */
  public JournalLocation locate(CliContext context, ViolationCollector violations) {
    try {
      return JournalLocation.resolve(
          io.vavr.control.Option.of(journal), context.environment(), context.homeDirectory());
    } catch (IllegalArgumentException unusable) {
      violations.add("--journal", unusable.getMessage());
      return null;
    }
  }

  /**
   * Whether there is a journal to read: a file that does not exist holds no orders.
   *
   * @param location the resolved location
   * @return {@code false} only for an SQLite file that does not exist; a JDBC journal always exists
   */
  public static boolean exists(JournalLocation location) {
    return !(location instanceof JournalLocation.SqliteFile file) || Files.exists(file.file());
  }

  /**
   * Why a command that reads the journal ({@code recover}, {@code journal}) refuses a journal file
   * that does not exist: a mistyped path must not read as "nothing unfinished, all settled".
   *
   * @param location the resolved location, normally one for which {@link #exists} is {@code false}
   * @return the {@code --journal} violation naming the file and where its path came from
   */
  public static Violation missing(JournalLocation location) {
    String file = describe(location);
    String origin =
        switch (location.source()) {
          case EXPLICIT -> "";
          case ENVIRONMENT -> " (from " + JournalLocation.ENVIRONMENT_VARIABLE + ")";
          case DEFAULT -> " (the default)";
        };
    return new Violation(
        "--journal",
        "there is no journal at "
            + file
            + origin
            + ": check the path, or pass --create to start an empty journal there");
  }

  /**
   * Opens (creating if need be) the journal at {@code location}.
   *
   * @param location the resolved location
   * @return the open journal; the caller closes it
   */
  public static JdbcOrderJournal open(JournalLocation location) {
    return JdbcOrderJournal.open(location);
  }

  /**
   * Opens the journal at {@code location}, writing as till {@code tillId}.
   *
   * @param location the resolved location
   * @param tillId the till's name, written on every entry
   * @return the open journal; the caller closes it
   */
  public static JdbcOrderJournal open(JournalLocation location, String tillId) {
    return JdbcOrderJournal.open(location, tillId);
  }

  /**
   * The journal's file, for a journal that does not exist (only files can be missing).
   *
   * @param location the resolved location
   * @return the file's path, or for a JDBC journal a phrase such as {@code "explicit JDBC journal"}
   *     that shows no URL
   */
  public static String describe(JournalLocation location) {
    return location instanceof JournalLocation.SqliteFile file
        ? file.file().toString()
        : location.source().name().toLowerCase(java.util.Locale.ROOT) + " JDBC journal";
  }

  /**
   * How the journal is named in output: the file, or the JDBC URL without its password.
   *
   * @param location the resolved location
   * @param journal the journal opened at {@code location}
   * @return the file's path, or the redacted JDBC URL
   */
  public static String describe(JournalLocation location, JdbcOrderJournal journal) {
    return location instanceof JournalLocation.SqliteFile file
        ? file.file().toString()
        : journal.name();
  }
}
