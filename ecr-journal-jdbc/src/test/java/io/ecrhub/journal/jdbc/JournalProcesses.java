package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real processes running {@link JournalProcess}, started together: each is started, the test waits
 * until every one says it is ready, then tells them all to go at once.
 */
final class JournalProcesses implements AutoCloseable {

  private final List<Child> children = new ArrayList<>();

  /** Starts one child per argument list and waits until each is ready. */
  static JournalProcesses start(List<List<String>> argumentLists) {
    JournalProcesses processes = new JournalProcesses();
    try {
      for (List<String> arguments : argumentLists) {
        processes.children.add(Child.start(arguments));
      }
      for (Child child : processes.children) {
        child.awaitLine(JournalProcess.READY);
      }
      return processes;
    } catch (RuntimeException failure) {
      processes.close();
      throw failure;
    }
  }

  /** Tells every child to act now. */
  JournalProcesses go() {
    for (Child child : children) {
      child.send("go");
    }
    return this;
  }

  /** Waits for every child to end; each must end normally. Their output, one list per child. */
  List<List<String>> awaitOutputs() {
    List<List<String>> outputs = new ArrayList<>();
    for (Child child : children) {
      outputs.add(child.awaitExit());
    }
    return outputs;
  }

  Child child(int index) {
    return children.get(index);
  }

  @Override
  public void close() {
    for (Child child : children) {
      child.process.destroyForcibly();
    }
  }

  /** One child process and the lines it printed. */
  static final class Child {
    private final Process process;
    private final BufferedReader output;
    private final OutputStream input;
    private final List<String> lines = new ArrayList<>();

    private Child(Process process) {
      this.process = process;
      this.output =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.input = process.getOutputStream();
    }

    static Child start(List<String> arguments) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(JournalProcess.class.getName());
      command.addAll(arguments);
      try {
        return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      }
    }

    /** Reads output until {@code expected} is printed; fails if the process ends first. */
    void awaitLine(String expected) {
      try {
        String line;
        while ((line = output.readLine()) != null) {
          lines.add(line);
          if (line.equals(expected)) {
            return;
          }
        }
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      }
      throw new AssertionError("the process ended before printing " + expected + ": " + lines);
    }

    void send(String line) {
      try {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      }
    }

    /** Closes its input: a holding child lets go and ends. */
    void closeInput() {
      try {
        input.close();
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      }
    }

    /** Reads the rest of its output and waits for its end, which must be normal. */
    List<String> awaitExit() {
      try {
        String line;
        while ((line = output.readLine()) != null) {
          lines.add(line);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended: %s", lines).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", lines).isZero();
        return List.copyOf(lines);
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", interrupted);
      }
    }

    /** The lines printed so far that start with {@code prefix}, without it. */
    List<String> linesStartingWith(String prefix) {
      return lines.stream()
          .filter(line -> line.startsWith(prefix))
          .map(line -> line.substring(prefix.length()))
          .toList();
    }
  }
}
