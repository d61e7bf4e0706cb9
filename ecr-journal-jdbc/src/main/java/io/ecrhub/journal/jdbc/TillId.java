package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalWriter;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;

/**
 * Which till a process writes the journal as, when many share one: the one given explicitly (the
 * CLI's {@code --till}), else the environment variable {@value #ENVIRONMENT_VARIABLE}, else this
 * machine's host name. A blank environment variable counts as not set; a blank explicit value, or
 * one longer than {@value JournalWriter#MAX_TILL_ID_LENGTH} characters, is refused.
 */
public final class TillId {

  /** The environment variable that names the till when none is given explicitly. */
  public static final String ENVIRONMENT_VARIABLE = "ECR_TILL";

  private TillId() {}

  /**
   * Resolves the till id from this process's environment.
   *
   * @param explicit the till id given explicitly (the CLI's {@code --till}), if any
   * @return the till id, stripped of leading and trailing blanks
   * @throws IllegalArgumentException when the value given is blank or too long, naming it
   */
  public static String resolve(Option<String> explicit) {
    return resolve(explicit, System.getenv());
  }

  /**
   * Resolves the till id: {@code explicit}, else {@value #ENVIRONMENT_VARIABLE} in {@code
   * environment}, else the host name.
   *
   * @param explicit the till id given explicitly (the CLI's {@code --till}), if any
   * @param environment the environment variables to read {@value #ENVIRONMENT_VARIABLE} from
   * @throws IllegalArgumentException when the value given is blank or too long, naming it
   * @return the till id, stripped of leading and trailing blanks
   */
  public static String resolve(Option<String> explicit, Map<String, String> environment) {
    Objects.requireNonNull(explicit, "explicit");
    Objects.requireNonNull(environment, "environment");
    if (explicit.isDefined()) {
      return checked(explicit.get(), "the till id (--till)");
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return checked(fromEnvironment, "the environment variable " + ENVIRONMENT_VARIABLE);
    }
    return JdbcOrderJournal.defaultTillId();
  }

  private static String checked(String value, String origin) {
    String till = value == null ? "" : value.strip();
    if (till.isEmpty()) {
      throw new IllegalArgumentException(origin + " must name the till, got an empty value");
    }
    if (till.length() > JournalWriter.MAX_TILL_ID_LENGTH) {
      throw new IllegalArgumentException(
          origin
              + " must be at most "
              + JournalWriter.MAX_TILL_ID_LENGTH
              + " characters, got "
              + till.length());
    }
    return till;
  }
}
