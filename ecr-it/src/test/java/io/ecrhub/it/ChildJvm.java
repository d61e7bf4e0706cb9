package io.ecrhub.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JVM of its own for a test that needs a real process (a till, a first
 * payment): the same {@code java} and class path as the test's JVM, so that it runs the code under
 * test and the test's own main classes.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * {@code java <jvmOptions> -cp <the test's class path> <main> <arguments>}.
   *
   * @param jvmOptions options for the child JVM, e.g. {@code -Xlog:class+load=info:file=...}
   * @param main the class whose {@code main} the child runs
   * @param arguments its arguments
   * @return the command, for a {@link ProcessBuilder}
   */
  public static List<String> command(
      List<String> jvmOptions, Class<?> main, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(arguments);
    return command;
  }
}
