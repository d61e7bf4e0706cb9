package io.ecrhub.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs that run a class of this package on this JVM's class path. */
final class JavaProcesses {

  private JavaProcesses() {}

  /** The {@code java} launcher of the running JVM. */
  static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * {@code java <jvmOptions> -cp <this class path> <mainClass> <args>}, with the engine's INFO
   * logging turned down.
   */
  static List<String> command(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(javaLauncher());
    command.addAll(jvmOptions);
    command.add(BenchDefaults.QUIET_LOGGING);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    return command;
  }
}
