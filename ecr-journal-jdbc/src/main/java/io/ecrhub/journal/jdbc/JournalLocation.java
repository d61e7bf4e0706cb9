package io.ecrhub.journal.jdbc;

import io.vavr.control.Option;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the order journal lives: an SQLite file (the default) or any database named by a JDBC URL.
 *
 * <p>{@link #resolve(Option, Map, Path)} picks, in this order: the location given explicitly (the
 * CLI's {@code --journal}), else the environment variable {@value #ENVIRONMENT_VARIABLE}, else
 * {@code ~/.ecr/journal.db}. A value that starts with {@code jdbc:} is taken as a JDBC URL, any
 * other value as a file path ({@code ~} and {@code ~/…} mean the home directory, a relative path is
 * taken from the working directory).
 */
public sealed interface JournalLocation {

  /** The environment variable that names the journal when no explicit location is given. */
  String ENVIRONMENT_VARIABLE = "ECR_JOURNAL";

  /** The prefix that tells a JDBC URL from a file path. */
  String JDBC_PREFIX = "jdbc:";

  /** The journal file under the home directory when nothing else is configured. */
  Path DEFAULT_FILE_IN_HOME = Path.of(".ecr", "journal.db");

  /**
   * Where the location came from, so that a user can be told why this journal was chosen.
   *
   * @return the origin of this location: explicit, environment or default
   */
  Source source();

  /**
   * The JDBC URL to open the journal with.
   *
   * @return the URL, starting with {@value #JDBC_PREFIX}
   */
  String jdbcUrl();

  /** What was configured, and where. */
  enum Source {
    /** Given explicitly, e.g. with the CLI's {@code --journal}. */
    EXPLICIT,
    /** Taken from {@value JournalLocation#ENVIRONMENT_VARIABLE}. */
    ENVIRONMENT,
    /** Neither was given: {@code ~/.ecr/journal.db}. */
    DEFAULT
  }

  /**
   * An SQLite journal in one file (plus its write-ahead log while it is open).
   *
   * @param file the journal file; made absolute and normalised
   * @param source where the location came from
   */
  record SqliteFile(Path file, Source source) implements JournalLocation {

    /**
     * Checks the components and makes {@code file} absolute.
     *
     * @param file the journal file, relative paths taken from the working directory
     * @param source where the location came from
     */
    public SqliteFile {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(source, "source");
      file = file.toAbsolutePath().normalize();
    }

    @Override
    public String jdbcUrl() {
      return "jdbc:sqlite:" + file;
    }
  }

  /**
   * A journal in any database the class path has a JDBC driver for.
   *
   * @param url the JDBC URL, starting with {@value JournalLocation#JDBC_PREFIX}
   * @param source where the location came from
   */
  record JdbcUrl(String url, Source source) implements JournalLocation {

    /**
     * Checks the URL's prefix.
     *
     * @param url the JDBC URL, starting with {@value JournalLocation#JDBC_PREFIX}
     * @param source where the location came from
     * @throws IllegalArgumentException if {@code url} does not start with {@value
     *     JournalLocation#JDBC_PREFIX}
     */
    public JdbcUrl {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(source, "source");
      if (!url.startsWith(JDBC_PREFIX)) {
        throw new IllegalArgumentException(
            "a JDBC URL must start with " + JDBC_PREFIX + ", got " + JdbcUrls.redacted(url));
      }
    }

    @Override
    public String jdbcUrl() {
      return url;
    }
  }

  /**
   * Resolves the journal location from this process's environment and home directory.
   *
   * @param explicit the location given explicitly (the CLI's {@code --journal}), if any
   * @throws IllegalArgumentException when a given value is empty or not a usable path
   * @return the location to open
   */
  static JournalLocation resolve(Option<String> explicit) {
    return resolve(explicit, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * Resolves the journal location: {@code explicit}, else {@value #ENVIRONMENT_VARIABLE} in {@code
   * environment}, else {@code ~/.ecr/journal.db}. An environment variable that is set but blank
   * counts as not set, as shells make it easy to clear a variable that way; an explicit value that
   * is blank is refused.
   *
   * @param explicit the location given explicitly (the CLI's {@code --journal}), if any
   * @param environment the environment variables to read {@value #ENVIRONMENT_VARIABLE} from
   * @param homeDirectory the directory {@code ~} stands for
   * @throws IllegalArgumentException when a given value is empty or not a usable path
   * @return the location to open
   */
  static JournalLocation resolve(
      Option<String> explicit, Map<String, String> environment, Path homeDirectory) {
    Objects.requireNonNull(explicit, "explicit");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(homeDirectory, "homeDirectory");
    if (explicit.isDefined()) {
      String value = explicit.get();
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            "the journal location (--journal) must be a file path or a JDBC URL, got an empty"
                + " value");
      }
      return parse(value, Source.EXPLICIT, "the journal location (--journal)", homeDirectory);
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return parse(
          fromEnvironment,
          Source.ENVIRONMENT,
          "the environment variable " + ENVIRONMENT_VARIABLE,
          homeDirectory);
    }
    return new SqliteFile(homeDirectory.resolve(DEFAULT_FILE_IN_HOME), Source.DEFAULT);
  }

  private static JournalLocation parse(
      String value, Source source, String origin, Path homeDirectory) {
    String trimmed = value.strip();
    if (trimmed.startsWith(JDBC_PREFIX)) {
      return new JdbcUrl(trimmed, source);
    }
    try {
      return new SqliteFile(expandHome(trimmed, homeDirectory), source);
    } catch (InvalidPathException notAPath) {
      throw new IllegalArgumentException(
          origin + " is not a usable file path: " + notAPath.getMessage(), notAPath);
    }
  }

  /** {@code ~} and {@code ~/x}: a shell expands them, a service file or a Java caller does not. */
  private static Path expandHome(String path, Path homeDirectory) {
    if (path.equals("~")) {
      return homeDirectory;
    }
    if (path.startsWith("~/")) {
      return homeDirectory.resolve(path.substring(2));
    }
    return Path.of(path);
  }
}
