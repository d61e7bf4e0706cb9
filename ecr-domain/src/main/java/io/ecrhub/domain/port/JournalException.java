package io.ecrhub.domain.port;

/** The journal could not be read or written. */
public class JournalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with the storage's own exception as cause.
   *
   * @param message what could not be done
   * @param cause the storage's failure
   */
  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure without an underlying exception, e.g. a broken journal rule.
   *
   * @param message what could not be done
   */
  public JournalException(String message) {
    super(message);
  }
}
