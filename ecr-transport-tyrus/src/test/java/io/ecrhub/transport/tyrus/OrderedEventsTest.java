package io.ecrhub.transport.tyrus;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The delivery rules of the SPI, with real threads racing. */
class OrderedEventsTest {

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final CountDownLatch insideOnText = new CountDownLatch(1);
  private final CountDownLatch releaseOnText = new CountDownLatch(1);

  private final ConnectionListener blockingListener =
      new ConnectionListener() {
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

  /** Only its id is read, for log lines. */
  private static final Connection CONNECTION =
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
        public void close(int code, String reason) {
          throw new UnsupportedOperationException();
        }
      };

  private final OrderedEvents events = new OrderedEvents(CONNECTION, blockingListener);

  @Test
  void a_close_from_another_thread_waits_for_the_frame_being_delivered_without_blocking_its_caller()
      throws Exception {
    Thread io = new Thread(() -> events.text("a"), "io");
    io.start();
    assertThat(insideOnText.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> closer =
        CompletableFuture.runAsync(() -> events.close(1001, "going away"));
    closer.get(10, TimeUnit.SECONDS);
    assertThat(log).containsExactly("text a on io");

    releaseOnText.countDown();
    io.join(10_000);

    assertThat(log).containsExactly("text a on io", "close 1001 on io");
  }

  @Test
  void nothing_is_delivered_after_onClose_and_onClose_comes_once() {
    releaseOnText.countDown();
    events.close(1000, "bye");
    events.close(1006, "again");
    events.text("late");
    events.error(new IllegalStateException("late error"));

    assertThat(log).singleElement().asString().startsWith("close 1000");
  }

  @Test
  void an_onError_that_throws_is_contained() {
    List<String> seen = new CopyOnWriteArrayList<>();
    OrderedEvents throwing =
        new OrderedEvents(
            CONNECTION,
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
    throwing.close(1000, "");

    assertThat(seen).containsExactly("one", "two", "close");
  }
}
