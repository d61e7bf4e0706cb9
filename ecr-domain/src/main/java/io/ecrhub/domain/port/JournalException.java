package io.ecrhub.domain.port;

/** The journal could not be read or written. */
public class JournalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  public JournalException(String message) {
    super(message);
  }
}
