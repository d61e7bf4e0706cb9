package io.ecrhub.cli.output;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.io.PrintStream;

/**
 * Tells a cashier who presses Ctrl-C while the terminal works on an order what became of it: the
 * order may be in flight, it stays unfinished in the journal, and {@code ecr recover} settles it. A
 * SIGKILL or a power cut leaves the same journal entry, silently.
 */
public final class InterruptNotice {

  private InterruptNotice() {}

  /**
   * Registers a shutdown hook that prints the notice about {@code order} to {@code err} if the JVM
   * exits before {@link #remove} is called.
   *
   * @param err where to print, normally standard error
   * @param order the order in flight
   * @return the hook, to hand to {@link #remove} once the order's outcome is known
   */
  public static Thread install(PrintStream err, MerchantOrderNo order) {
    Thread notice =
        new Thread(
            () -> {
              err.println();
              err.println(
                  "interrupted: order "
                      + order
                      + " may have reached the terminal; it stays unfinished in the journal."
                      + " Do not ring it up again: run 'ecr recover' to settle it.");
              err.flush();
            },
            "ecr-interrupt-notice");
    try {
      Runtime.getRuntime().addShutdownHook(notice);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already exiting; nothing to add
    }
    return notice;
  }

  /**
   * Unregisters the notice once the order's outcome is known; does nothing once the JVM is shutting
   * down.
   *
   * @param notice the hook {@link #install} returned
   */
  public static void remove(Thread notice) {
    try {
      Runtime.getRuntime().removeShutdownHook(notice);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs or has run; nothing to remove
    }
  }
}
