package io.ecrhub.cli.output;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the world outside: its two output streams, the environment it reads
 * fallbacks from, the home directory (for {@code ~/.ecr/journal.db}) and whether a person watches
 * the output. Handed in rather than read from {@link System}, so that commands run in a test just
 * as in a process.
 *
 * @param out the result: human lines or exactly one JSON object
 * @param err usage errors, hints and logging
 * @param environment {@code ECR_TERMINAL}, {@code ECR_APP_ID}, {@code ECR_JOURNAL}
 * @param homeDirectory where {@code ~} points
 * @param interactive whether stdout is a terminal: only then is the live waiting line drawn
 */
public record CliContext(
    PrintStream out,
    PrintStream err,
    Map<String, String> environment,
    Path homeDirectory,
    boolean interactive) {

  /**
   * Copies the environment.
   *
   * @param out the result: human lines or exactly one JSON object
   * @param err usage errors, hints and logging
   * @param environment {@code ECR_TERMINAL}, {@code ECR_APP_ID}, {@code ECR_JOURNAL}
   * @param homeDirectory where {@code ~} points
   * @param interactive whether stdout is a terminal: only then is the live waiting line drawn
   * @throws NullPointerException if a stream, the environment or the home directory is {@code null}
   */
  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(homeDirectory, "homeDirectory");
  }

  /**
   * This process: {@code System.out}/{@code err}, its environment, and its console if any.
   *
   * @return the context of the running JVM
   */
  public static CliContext ofThisProcess() {
    return new CliContext(
        System.out,
        System.err,
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        System.console() != null);
  }

  /**
   * The value of an environment variable; null when unset or blank.
   *
   * @param name the variable's name, e.g. {@code ECR_TERMINAL}
   * @return the value as set, or {@code null}
   */
  public String env(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
