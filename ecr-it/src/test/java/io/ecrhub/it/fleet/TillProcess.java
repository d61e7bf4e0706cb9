package io.ecrhub.it.fleet;

import io.ecrhub.it.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FleetTill} running as a process of its own (a JVM on the test's class path), its output
 * in files so that a full pipe never blocks it and a test can read it while it runs.
 */
final class TillProcess {

  private final String name;
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private TillProcess(String name, Process process, Path stdout, Path stderr) {
    this.name = name;
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static TillProcess start(Path directory, String name, List<String> arguments) {
    List<String> command =
        ChildJvm.command(
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), FleetTill.class, arguments);
    Path out = directory.resolve(name + ".out");
    Path err = directory.resolve(name + ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().keySet().removeIf(variable -> variable.startsWith("ECR_"));
      return new TillProcess(name, builder.start(), out, err);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as a power cut or {@code kill -9}: nothing runs after it. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " survived SIGKILL for 30 s");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing " + name, interrupted);
    }
  }

  boolean finished() {
    return !process.isAlive() && lines().contains(FleetTill.DONE);
  }

  /** Whether it ended in any other way than by printing {@code done} or being killed. */
  boolean failed() {
    return !process.isAlive() && process.exitValue() != 0 && process.exitValue() != 137;
  }

  List<String> lines() {
    return read(stdout).lines().toList();
  }

  String describe() {
    return name
        + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
        + "\n--- stderr (tail)\n"
        + tail(read(stderr));
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
