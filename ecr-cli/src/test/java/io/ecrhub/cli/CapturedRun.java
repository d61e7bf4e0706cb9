package io.ecrhub.cli;

import io.ecrhub.cli.output.CliContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One {@code ecr} run inside the test's JVM, with its two streams captured. */
record CapturedRun(int exitCode, String out, String err) {

  static CapturedRun run(Map<String, String> environment, Path home, String... args) {
    return run(environment, home, false, args);
  }

  static CapturedRun run(
      Map<String, String> environment, Path home, boolean interactive, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment,
            home,
            interactive);
    int exitCode = EcrCommandLine.run(context, args);
    return new CapturedRun(
        exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
