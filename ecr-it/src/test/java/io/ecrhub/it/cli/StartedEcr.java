package io.ecrhub.it.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An {@code ecr} process that is running: its stdout and stderr go to files, so that a test can
 * read them while it runs and a full pipe never blocks the child.
 */
public record StartedEcr(Process process, Path outputs, List<String> args) {

  public String stdout() {
    return read(outputs.resolve("stdout"));
  }

  public String stderr() {
    return read(outputs.resolve("stderr"));
  }

  /** Waits for the process to end; kills it and fails the test when it does not in time. */
  public EcrRun awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
    if (!process.waitFor(timeout, unit)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail(
          "ecr "
              + args
              + " did not end within "
              + timeout
              + " "
              + unit
              + "\n--- stdout\n"
              + stdout()
              + "--- stderr\n"
              + stderr());
    }
    return new EcrRun(args, process.exitValue(), stdout(), stderr());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
