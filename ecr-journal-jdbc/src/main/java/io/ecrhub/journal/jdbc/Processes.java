package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.port.JournalWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Processes as claims name them — {@code "pos-7 pid 4242 started 2026-12-04T08:00:01.250Z"}: the
 * host, the process id and the moment the process started, which together name one run of one
 * process among all machines sharing a journal — and whether a process so named is gone.
 *
 * <p>A claim of a process that crashed would hold its orders until the claim ends. When the claim
 * names a process of this very host that no longer runs (no process has its id, or the one that has
 * it started at another moment), it is taken over at once: a till that restarts after a crash
 * settles its orders without waiting. A process of another host is never judged: only the end of
 * its claim frees its orders.
 */
final class Processes {

  private static final Pattern PROCESS_ID = Pattern.compile("(.+) pid (\\d+) started (\\S+)");

  private static final String UNKNOWN_START = "unknown";

  private static final String HOST = lookUpHostName();

  private static final String THIS_PROCESS = describe(ProcessHandle.current());

  private Processes() {}

  /** This machine's host name: the default till id. */
  static String hostName() {
    return HOST;
  }

  /** The writer of this process as till {@code tillId}. */
  static JournalWriter writer(String tillId) {
    return new JournalWriter(tillId, THIS_PROCESS);
  }

  /** The default writer of this process: its till is the host name. */
  static JournalWriter defaultWriter() {
    String till =
        HOST.length() <= JournalWriter.MAX_TILL_ID_LENGTH
            ? HOST
            : HOST.substring(0, JournalWriter.MAX_TILL_ID_LENGTH);
    return writer(till);
  }

  /**
   * Whether {@code processId} names a process of this host that no longer runs. False whenever that
   * cannot be told for sure: another host, a name of another form, a start time the system does not
   * report.
   */
  static boolean isGone(String processId) {
    Matcher name = PROCESS_ID.matcher(processId);
    if (!name.matches() || !name.group(1).equals(HOST)) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(name.group(2));
    } catch (NumberFormatException tooLong) {
      return false;
    }
    Optional<ProcessHandle> running = ProcessHandle.of(pid);
    if (running.isEmpty()) {
      return true;
    }
    if (name.group(3).equals(UNKNOWN_START)) {
      return false; // the system did not say when the claimant started: cannot tell it from this
      // one
    }
    Optional<String> started = running.get().info().startInstant().map(Processes::stamp);
    return started.isPresent() && !started.get().equals(name.group(3));
  }

  static String describe(ProcessHandle process) {
    return HOST
        + " pid "
        + process.pid()
        + " started "
        + process.info().startInstant().map(Processes::stamp).orElse(UNKNOWN_START);
  }

  private static String stamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  private static String lookUpHostName() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      if (!name.isBlank()) {
        return name;
      }
    } catch (UnknownHostException | SecurityException unresolvable) {
      // fall through to what the environment says
    }
    String fromEnvironment = System.getenv("HOSTNAME");
    return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
  }
}
