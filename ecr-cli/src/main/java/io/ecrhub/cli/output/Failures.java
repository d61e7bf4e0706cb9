package io.ecrhub.cli.output;

import io.ecrhub.protocol.client.TerminalUris;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Failure messages fit for a user: the cause, not the wrappers around it, and never a password that
 * a terminal address carried.
 */
public final class Failures {

  private Failures() {}

  /**
   * The message of the innermost cause below any {@link ExecutionException} or {@link
   * CompletionException}, with any password in a terminal address replaced.
   *
   * @param failure the failure as caught
   * @return a one-line message: {@code "no connection in time"} for a timeout, else the cause's
   *     message (or its class and message when it has none)
   */
  public static String message(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof TimeoutException) {
      return "no connection in time";
    }
    return TerminalUris.redacted(
        cause.getMessage() == null ? cause.toString() : cause.getMessage());
  }
}
