package io.ecrhub.transport.serial.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two pseudo-terminals joined back to back, like the two ends of a null-modem cable: what one end
 * writes, the other reads, through the kernel's tty layer. A {@code socat} process holds the two
 * pty masters and relays between them; {@link #unplug()} ends it, and both ends then read end of
 * input, as when a USB cable is pulled.
 *
 * <p>Needs {@code socat} on the path ({@code apt-get install socat}). Each end is reached through a
 * symbolic link in a fresh temporary directory ({@link #posEnd()}, {@link #terminalEnd()}), which
 * jSerialComm resolves to the {@code /dev/pts/N} it points to.
 */
public final class PtyPair implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofSeconds(10);

  private final Path directory;
  private final Path posEnd;
  private final Path terminalEnd;
  private final Process socat;

  private PtyPair(Path directory, Process socat) {
    this.directory = directory;
    this.posEnd = directory.resolve("pos");
    this.terminalEnd = directory.resolve("terminal");
    this.socat = socat;
  }

  /**
   * Starts {@code socat} and waits until both ends exist.
   *
   * @return the plugged pair; the caller closes it
   * @throws IOException when socat cannot be started or does not make the ends in time
   */
  public static PtyPair open() throws IOException {
    Path directory = Files.createTempDirectory("ecr-pty-");
    Process socat =
        new ProcessBuilder(
                List.of(
                    "socat",
                    "pty,raw,echo=0,link=" + directory.resolve("pos"),
                    "pty,raw,echo=0,link=" + directory.resolve("terminal")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    PtyPair pair = new PtyPair(directory, socat);
    pair.awaitEnds();
    return pair;
  }

  /**
   * Whether {@code socat} can be started here; for a test's assumption. Waits up to 10 s.
   *
   * @return true when {@code socat -V} ran and exited with 0; false otherwise or when interrupted
   */
  public static boolean socatAvailable() {
    try {
      Process probe =
          new ProcessBuilder("socat", "-V")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException notInstalled) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The end the POS opens: a symbolic link to a {@code /dev/pts/N}.
   *
   * @return the link's path, gone after {@link #close()}
   */
  public Path posEnd() {
    return posEnd;
  }

  /**
   * The end the terminal (or simulator) opens: a symbolic link to a {@code /dev/pts/N}.
   *
   * @return the link's path, gone after {@link #close()}
   */
  public Path terminalEnd() {
    return terminalEnd;
  }

  /**
   * Whether the cable is still plugged in.
   *
   * @return true while the {@code socat} process runs
   */
  public boolean isPlugged() {
    return socat.isAlive();
  }

  /** Pulls the cable: ends socat, so both ends read end of input. Waits until it is gone. */
  public void unplug() {
    socat.destroy();
    try {
      if (!socat.waitFor(10, TimeUnit.SECONDS)) {
        socat.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Unplugs and removes the temporary directory. */
  @Override
  public void close() {
    unplug();
    try {
      Files.deleteIfExists(posEnd);
      Files.deleteIfExists(terminalEnd);
      Files.deleteIfExists(directory);
    } catch (IOException leftBehind) {
      // a leftover link in the temporary directory harms nobody
    }
  }

  private void awaitEnds() throws IOException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (!(Files.exists(posEnd) && Files.exists(terminalEnd))) {
      if (!socat.isAlive() || System.nanoTime() - deadline > 0) {
        close();
        throw new IOException(
            "socat did not create the pseudo-terminal pair in "
                + directory
                + " within "
                + READY_WITHIN);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        close();
        throw new IOException("interrupted while waiting for socat", interrupted);
      }
    }
  }

  @Override
  public String toString() {
    return "PtyPair[" + posEnd + " <-> " + terminalEnd + "]";
  }
}
