package io.ecrhub.domain.port;

import java.util.Objects;

/**
 * Who writes through one journal handle, when many tills share one journal: the till whose entries
 * they are, and the one running process of it that claims orders ({@link Claim}).
 *
 * @param tillId the till (point of sale) that records the orders — by default its host name; it is
 *     written on every entry, so that a back office can tell the tills apart
 * @param processId the running process, unique among all processes that share the journal; two
 *     processes of one till (the POS and a recovery run) have different ones
 */
public record JournalWriter(String tillId, String processId) {

  /** Longest till id the journals keep. */
  public static final int MAX_TILL_ID_LENGTH = 200;

  /**
   * Checks the writer.
   *
   * @param tillId the till; 1 to {@value #MAX_TILL_ID_LENGTH} characters, not blank
   * @param processId the process; not blank
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if either is blank or {@code tillId} is too long
   */
  public JournalWriter {
    Objects.requireNonNull(tillId, "tillId");
    Objects.requireNonNull(processId, "processId");
    if (tillId.isBlank() || tillId.length() > MAX_TILL_ID_LENGTH) {
      throw new IllegalArgumentException(
          "tillId must be 1 to "
              + MAX_TILL_ID_LENGTH
              + " characters and not blank, got '"
              + tillId
              + "'");
    }
    if (processId.isBlank()) {
      throw new IllegalArgumentException("processId must not be blank");
    }
  }
}
