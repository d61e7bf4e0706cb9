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
