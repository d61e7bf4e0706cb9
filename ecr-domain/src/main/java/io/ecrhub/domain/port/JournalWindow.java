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

  /**
   * Checks the window.
   *
   * @param since the earliest creation time included
   * @param until the end, exclusive, or none for open-ended
   * @param terminalId the terminal, or none for all
   * @throws NullPointerException if any is null
   * @throws IllegalArgumentException if {@code until} is not after {@code since}
   */
  public JournalWindow {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(terminalId, "terminalId");
    if (until.exists(end -> !end.isAfter(since))) {
      throw new IllegalArgumentException(
          "the window must end after it starts: since " + since + ", until " + until.get());
    }
  }

  /**
   * Every entry created from {@code since} on, of every terminal.
   *
   * @param since the earliest creation time included
   * @return an open-ended window over all terminals
   */
  public static JournalWindow since(Instant since) {
    return new JournalWindow(since, Option.none(), Option.none());
  }

  /**
   * This window, narrowed to one terminal.
   *
   * @param terminal the terminal id, as {@link TerminalGateway#terminalId()} gives it
   * @return a copy limited to that terminal
   */
  public JournalWindow ofTerminal(String terminal) {
    return new JournalWindow(since, until, Option.some(terminal));
  }

  /**
   * This window, ending at {@code end} (exclusive).
   *
   * @param end the first creation time excluded; must be after {@code since}
   * @return a copy ending at {@code end}
   * @throws IllegalArgumentException if {@code end} is not after {@code since}
   */
  public JournalWindow until(Instant end) {
    return new JournalWindow(since, Option.some(end), terminalId);
  }

  /**
   * Whether {@code entry} falls in this window.
   *
   * @param entry a journal entry
   * @return whether its creation time and terminal fall in this window
   */
  public boolean contains(JournalEntry entry) {
    return !entry.createdAt().isBefore(since)
        && until.forAll(end -> entry.createdAt().isBefore(end))
        && terminalId.forAll(terminal -> terminal.equals(entry.terminalId()));
  }
}
