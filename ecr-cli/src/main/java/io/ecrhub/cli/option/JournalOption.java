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

  /** The journal's location; null, with a violation, when the value is unusable. */
  public JournalLocation locate(CliContext context, ViolationCollector violations) {
    try {
      return JournalLocation.resolve(
          io.vavr.control.Option.of(journal), context.environment(), context.homeDirectory());
    } catch (IllegalArgumentException unusable) {
      violations.add("--journal", unusable.getMessage());
      return null;
    }
  }

  /** Whether there is a journal to read: a file that does not exist holds no orders. */
  public static boolean exists(JournalLocation location) {
    return !(location instanceof JournalLocation.SqliteFile file) || Files.exists(file.file());
  }

  /**
   * Why a command that reads the journal ({@code recover}, {@code journal}) refuses a journal file
   * that does not exist: a mistyped path must not read as "nothing unfinished, all settled".
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

  /** Opens (creating if need be) the journal at {@code location}. */
  public static JdbcOrderJournal open(JournalLocation location) {
    return JdbcOrderJournal.open(location);
  }

  /** Opens the journal at {@code location}, writing as till {@code tillId}. */
  public static JdbcOrderJournal open(JournalLocation location, String tillId) {
    return JdbcOrderJournal.open(location, tillId);
  }

  /** The journal's file, for a journal that does not exist (only files can be missing). */
  public static String describe(JournalLocation location) {
    return location instanceof JournalLocation.SqliteFile file
        ? file.file().toString()
        : location.source().name().toLowerCase(java.util.Locale.ROOT) + " JDBC journal";
  }

  /** How the journal is named in output: the file, or the JDBC URL without its password. */
  public static String describe(JournalLocation location, JdbcOrderJournal journal) {
    return location instanceof JournalLocation.SqliteFile file
        ? file.file().toString()
        : journal.name();
  }
}
