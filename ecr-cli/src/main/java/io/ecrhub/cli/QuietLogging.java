package io.ecrhub.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps the libraries' chatter off stdout, which carries the result: slf4j-simple logs to stderr at
 * WARN, and java.util.logging (Tyrus, Grizzly) is routed there too. Set before the first logger
 * exists; {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=debug} still wins, for diagnosis.
 */
final class QuietLogging {

  static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
  static final String FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

  /**
   * The link's reconnect attempts are warnings for an application that runs for days; a command
   * reports an unreachable terminal in its result, once, instead of one warning per attempt.
   */
  static final String LINK_LEVEL_PROPERTY =
      "org.slf4j.simpleLogger.log.io.ecrhub.protocol.client.TerminalLink";

  private QuietLogging() {}

  static void configure() {
    setIfAbsent(LEVEL_PROPERTY, "warn");
    setIfAbsent(FILE_PROPERTY, "System.err");
    setIfAbsent(LINK_LEVEL_PROPERTY, "error");
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    Logger.getLogger("").setLevel(Level.WARNING);
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
