package io.ecrhub.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands the one reply a sequential round-trip benchmark waits for from the transport's thread to
 * the benchmark thread — the same future-and-park hand-off the engine's blocking {@code query}
 * makes, so that the floor and the engine pay it alike.
 */
final class ReplySlot {

  /** How long a benchmark waits for one reply before it fails instead of hanging. */
  private static final long TIMEOUT_SECONDS = 10;

  private volatile CompletableFuture<String> waiting;

  /** Arms the slot for the next reply; call before sending the request. */
  CompletableFuture<String> expect() {
    CompletableFuture<String> reply = new CompletableFuture<>();
    waiting = reply;
    return reply;
  }

  /** Called by the transport with each frame that arrives. */
  void arrived(String frame) {
    CompletableFuture<String> reply = waiting;
    if (reply != null) {
      reply.complete(frame);
    }
  }

  /** Waits for the armed reply. */
  static String await(CompletableFuture<String> reply) {
    try {
      return reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a reply", interrupted);
    } catch (ExecutionException | TimeoutException noReply) {
      throw new IllegalStateException(
          "no reply within " + TIMEOUT_SECONDS + " s: " + noReply, noReply);
    }
  }
}
