package io.ecrhub.bench;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands the one reply a sequential round-trip benchmark waits for from the transport's thread to
 * the benchmark thread — the same future-and-park hand-off the engine's blocking {@code query}
 * makes, so that the floor and the engine pay it alike.
 */
final class ReplySlot {

  /** How long a benchmark waits for one reply before it fails instead of hanging. */
  private static final long TIMEOUT_SECONDS = 10;

  /**
   * How long a reply may be missing before the client writes again to carry out a frame its stack
   * left unsent (Tyrus issue 678 on the client side, a lost write wake-up in Java-WebSocket's
   * server): such a round trip is still timed in full, so stalls show in the high percentiles.
   */
  static final long STALL_MILLIS = 20;

  private final AtomicLong stalls = new AtomicLong();

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

  /**
   * A transport listener that hands every text frame to this slot and ignores the close: what a
   * round-trip client over the project's transports listens with.
   *
   * @return a new listener feeding this slot
   */
  ConnectionListener listener() {
    return new ConnectionListener() {
      @Override
      public void onText(Connection from, String text) {
        arrived(text);
      }

      @Override
      public void onClose(Connection from, int code, String reason) {}
    };
  }

  /**
   * Waits for the armed reply; when it is missing for {@value #STALL_MILLIS} ms, counts a stall and
   * runs {@code nudge} (a ping: a write that carries out whatever the stack left unsent), then
   * waits as {@link #await(CompletableFuture)} does.
   */
  String await(CompletableFuture<String> reply, Runnable nudge) {
    try {
      return reply.get(STALL_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException stuck) {
      stalls.incrementAndGet();
      nudge.run();
      return await(reply);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a reply", interrupted);
    } catch (ExecutionException failed) {
      return await(reply);
    }
  }

  /**
   * How many replies had to be nudged out so far.
   *
   * @return the stalls counted by {@link #await(CompletableFuture, Runnable)}
   */
  long stalls() {
    return stalls.get();
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
