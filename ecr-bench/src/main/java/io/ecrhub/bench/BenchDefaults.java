package io.ecrhub.bench;

/** Settings shared by the JMH benchmarks of this package. */
final class BenchDefaults {

  /**
   * Appended to every forked benchmark JVM: the engine logs each connection at INFO, which is noise
   * in a benchmark's output; warnings and errors still show.
   */
  static final String QUIET_LOGGING = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

  /** Held so that the level sticks: JUL keeps loggers only weakly. */
  private static final java.util.logging.Logger GLASSFISH =
      java.util.logging.Logger.getLogger("org.glassfish");

  private BenchDefaults() {}

  /**
   * Grizzly and Tyrus log every listener start and stop at INFO through java.util.logging, which
   * would be interleaved with JMH's output; keep their warnings.
   */
  static void quietLibraryLogging() {
    GLASSFISH.setLevel(java.util.logging.Level.WARNING);
  }
}
