package io.ecrhub.protocol.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.MalformedFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The delivery rules of the SPI, kept by the one class every transport delivers through. */
class ConnectionEventsTest {

  private static final FrameLimit LIMIT = new FrameLimit(10);

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<String> closesAsked = new CopyOnWriteArrayList<>();
  private final CountDownLatch insideOnText = new CountDownLatch(1);
  private final CountDownLatch releaseOnText = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newSingleThreadExecutor(DaemonThreads.named("q"));

  /** Logs every event with the thread it ran on; blocks in onText until released. */
  private final ConnectionListener blockingListener =
      new ConnectionListener() {
        @Override
        public void onOpen(Connection connection) {
          log.add("open");
        }

        @Override
        public void onText(Connection connection, String text) {
          log.add("text " + text + " on " + Thread.currentThread().getName());
          insideOnText.countDown();
          try {
            releaseOnText.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }

        @Override
        public void onClose(Connection connection, int code, String reason) {
          log.add("close " + code + " on " + Thread.currentThread().getName());
        }

        @Override
        public void onError(Connection connection, Throwable error) {
          log.add("error " + error.getMessage());
        }
      };

  /** Its id names it in messages; a close it is asked for is only recorded. */
  private final Connection connection =
      new Connection() {
        @Override
        public String id() {
          return "t1";
        }

        @Override
        public String remoteAddress() {
          return "test";
        }

        @Override
        public boolean isOpen() {
          return true;
        }

        @Override
        public CompletionStage<Void> send(String text) {
          throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Void> sendBinary(byte[] data) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void close(int code, String reason) {
          closesAsked.add(code + " " + reason);
        }
      };

  private final ConnectionEvents events = ConnectionEvents.direct(connection, LIMIT);

  @AfterEach
  void stopPool() {
    releaseOnText.countDown();
    pool.shutdownNow();
  }

  @Test
  void a_close_from_another_thread_waits_for_the_frame_being_delivered_without_blocking_its_caller()
      throws Exception {
    events.open(blockingListener);
    Thread io = new Thread(() -> events.text("a"), "io");
    io.start();
    assertThat(insideOnText.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> closer =
        CompletableFuture.runAsync(() -> events.closed(1001, "going away"));
    closer.get(10, TimeUnit.SECONDS);
    assertThat(log).containsExactly("open", "text a on io");

    releaseOnText.countDown();
    io.join(10_000);

    assertThat(log).containsExactly("open", "text a on io", "close 1001 on io");
  }

  @Test
  void nothing_is_delivered_after_onClose_and_onClose_comes_once() {
    releaseOnText.countDown();
    events.open(blockingListener);
    events.closed(1000, "bye");
    events.closed(1006, "again");
    events.text("late");
    events.pong();
    events.error(new IllegalStateException("late error"));

    assertThat(log).hasSize(2).first().isEqualTo("open");
    assertThat(log.get(1)).startsWith("close 1000");
  }

  @Test
  void events_before_open_wait_and_follow_onOpen() {
    releaseOnText.countDown();
    events.text("early");
    events.closed(CloseCodes.GOING_AWAY, "server shutting down");
    assertThat(log).isEmpty();

    events.open(blockingListener);

    assertThat(log)
        .hasSize(3)
        .startsWith("open", "text early on " + Thread.currentThread().getName());
    assertThat(log.get(2)).startsWith("close 1001");
  }

  @Test
  void a_second_open_is_refused_naming_the_connection() {
    events.open(blockingListener);

    assertThatThrownBy(() -> events.open(blockingListener))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t1");
  }

  @Test
  void an_onError_that_throws_is_contained() {
    List<String> seen = new CopyOnWriteArrayList<>();
    ConnectionEvents throwing = ConnectionEvents.direct(connection, LIMIT);
    throwing.open(
        new ConnectionListener() {
          @Override
          public void onText(Connection connection, String text) {
            seen.add(text);
            throw new IllegalStateException("in onText");
          }

          @Override
          public void onClose(Connection connection, int code, String reason) {
            seen.add("close");
          }

          @Override
          public void onError(Connection connection, Throwable error) {
            throw new IllegalStateException("in onError");
          }
        });

    throwing.text("one");
    throwing.text("two");
    throwing.closed(1000, "");

    assertThat(seen).containsExactly("one", "two", "close");
  }

  @Test
  void a_listener_that_throws_hears_of_it_through_onError_and_goes_on() {
    releaseOnText.countDown();
    List<String> seen = new CopyOnWriteArrayList<>();
    ConnectionEvents failing = ConnectionEvents.direct(connection, LIMIT);
    failing.open(
        new ConnectionListener() {
          @Override
          public void onText(Connection connection, String text) {
            if (text.equals("boom")) {
              throw new IllegalArgumentException("boom is not welcome");
            }
            seen.add(text);
          }

          @Override
          public void onClose(Connection connection, int code, String reason) {}

          @Override
          public void onError(Connection connection, Throwable error) {
            seen.add("error: " + error.getMessage());
          }
        });

    failing.text("boom");
    failing.text("after");

    assertThat(seen).containsExactly("error: boom is not welcome", "after");
  }

  @Test
  void a_frame_over_the_limit_is_not_delivered_and_closes_with_1009() {
    releaseOnText.countDown();
    events.open(blockingListener);

    events.text("x".repeat(11));
    events.binary("y".repeat(11).getBytes(StandardCharsets.UTF_8));
    events.text("z".repeat(10));

    assertThat(closesAsked)
        .containsExactly(
            "1009 frame of 11 chars exceeds the limit of 10",
            "1009 binary frame of 11 bytes exceeds the limit of 10 chars");
    assertThat(log).hasSize(2).last().asString().startsWith("text zzzzzzzzzz");
  }

  @Test
  void a_binary_frame_of_utf8_arrives_as_text_in_order_with_the_text_frames() {
    List<String> seen = new CopyOnWriteArrayList<>();
    events.open(recordingInto(seen));

    events.text("first");
    events.binary("zweite €".getBytes(StandardCharsets.UTF_8));
    events.text("third");

    assertThat(seen).containsExactly("first", "zweite €", "third");
  }

  @Test
  void a_binary_frame_that_is_not_utf8_goes_to_onError_and_the_next_frame_still_arrives() {
    List<String> seen = new CopyOnWriteArrayList<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    events.open(
        new ConnectionListener() {
          @Override
          public void onText(Connection connection, String text) {
            seen.add(text);
          }

          @Override
          public void onClose(Connection connection, int code, String reason) {}

          @Override
          public void onError(Connection connection, Throwable error) {
            errors.add(error);
          }
        });

    events.binary(new byte[] {(byte) 0xC3, (byte) 0x28});
    events.text("still here");

    assertThat(errors)
        .singleElement()
        .isInstanceOfSatisfying(
            MalformedFrameException.class,
            malformed -> assertThat(malformed.frameBytes()).isEqualTo(2));
    assertThat(seen).containsExactly("still here");
    assertThat(closesAsked).isEmpty();
  }

  @Test
  void queued_events_run_on_the_executor_one_at_a_time_and_in_order() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    List<String> seen = new CopyOnWriteArrayList<>();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    CountDownLatch closed = new CountDownLatch(1);
    ConnectionEvents queued = ConnectionEvents.on(pool, connection, new FrameLimit(100));
    queued.open(
        new ConnectionListener() {
          @Override
          public void onText(Connection connection, String text) {
            if (inFlight.incrementAndGet() != 1) {
              overlaps.add(text);
            }
            seen.add(text + " on " + Thread.currentThread().getName());
            inFlight.decrementAndGet();
          }

          @Override
          public void onClose(Connection connection, int code, String reason) {
            closed.countDown();
          }
        });
    ExecutorService senders = Executors.newFixedThreadPool(4);
    try {
      for (int thread = 0; thread < 4; thread++) {
        int number = thread;
        senders.submit(
            () -> {
              for (int i = 0; i < 100; i++) {
                queued.text(number + "-" + i);
              }
            });
      }
      senders.shutdown();
      assertThat(senders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      senders.shutdownNow();
    }
    queued.closed(1000, "done");

    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(overlaps).isEmpty();
    assertThat(seen).hasSize(400).allSatisfy(line -> assertThat(line).endsWith(" on q-1"));
    for (int thread = 0; thread < 4; thread++) {
      String prefix = thread + "-";
      List<Integer> order =
          seen.stream()
              .filter(line -> line.startsWith(prefix))
              .map(line -> Integer.parseInt(line.substring(prefix.length(), line.indexOf(' '))))
              .toList();
      assertThat(order).as("thread %d", thread).isSorted().hasSize(100);
    }
  }

  @Test
  void once_the_executor_is_stopped_events_are_dropped_quietly() {
    List<String> seen = new CopyOnWriteArrayList<>();
    pool.shutdownNow();
    ConnectionEvents queued = ConnectionEvents.on(pool, connection, LIMIT);

    queued.open(recordingInto(seen));
    queued.text("nobody hears this");

    assertThat(seen).isEmpty();
  }

  private static ConnectionListener recordingInto(List<String> seen) {
    return new ConnectionListener() {
      @Override
      public void onText(Connection connection, String text) {
        seen.add(text);
      }

      @Override
      public void onClose(Connection connection, int code, String reason) {
        seen.add("close " + code);
      }
    };
  }
}
