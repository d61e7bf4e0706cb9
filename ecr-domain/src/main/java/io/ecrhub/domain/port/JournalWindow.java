package io.ecrhub.domain.port;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Which journal entries a back office asks for: those created from {@code since} (inclusive) up to
 * {@code until} (exclusive, open-ended when absent), of one terminal or of all.
 *
 * @param since the earliest creation time included
 * @param until the creation time from which entries are no longer included, if any
 * @param terminalId the terminal whose entries are wanted, or all terminals
 */
public record JournalWindow(Instant since, Option<Instant> until, Option<String> terminalId) {

  public JournalWindow {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(terminalId, "terminalId");
    if (until.exists(end -> !end.isAfter(since))) {
      throw new IllegalArgumentException(
          "the window must end after it starts: since " + since + ", until " + until.get());
    }
  }

  /** Every entry created from {@code since} on, of every terminal. */
  public static JournalWindow since(Instant since) {
    return new JournalWindow(since, Option.none(), Option.none());
  }

  /** This window, narrowed to one terminal. */
  public JournalWindow ofTerminal(String terminal) {
    return new JournalWindow(since, until, Option.some(terminal));
  }

  /** This window, ending at {@code end} (exclusive). */
  public JournalWindow until(Instant end) {
    return new JournalWindow(since, Option.some(end), terminalId);
  }

  /** Whether {@code entry} falls in this window. */
  public boolean contains(JournalEntry entry) {
    return !entry.createdAt().isBefore(since)
        && until.forAll(end -> entry.createdAt().isBefore(end))
        && terminalId.forAll(terminal -> terminal.equals(entry.terminalId()));
  }
}
