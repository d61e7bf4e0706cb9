package io.ecrhub.protocol.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.client.ReconnectPolicy;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A session tells its observer every state change of its link, in order, and every frame it could
 * not read — what the client's listeners and metrics are built on.
 */
class SessionObserverTest {

  /** Reconnects only when a request asks for a connection: no timer races the test. */
  private static final ReconnectPolicy ON_DEMAND =
      failedAttempts -> Optional.of(Duration.ofHours(1));

  private final FakeTerminalTransport terminal = new FakeTerminalTransport();
  private final ScheduledExecutorService timer = Timers.newTimer();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final SessionObserver observer =
      new SessionObserver() {
        @Override
        public void linkChanged(LinkTransition transition) {
          seen.add(
              transition.from()
                  + " -> "
                  + transition.to()
                  + " ("
                  + transition.reason()
                  + ", failed "
                  + transition.failedAttempts()
                  + (transition.reconnected() ? ", reconnected" : "")
                  + ")");
        }

        @Override
        public void undecodableFrame(String description) {
          seen.add("undecodable: " + description);
        }
      };
  private final ClientSession session =
      new ClientSession(
          URI.create("fake://terminal"),
          terminal,
          ProtocolCodec.standard(),
          SessionOptions.of("my-app"),
          new LinkOptions(ConnectOptions.defaults(), ON_DEMAND, Optional.empty()),
          timer,
          Clock.systemUTC(),
          observer);

  @AfterEach
  void tearDown() {
    session.close();
    timer.shutdownNow();
  }

  @Test
  void connecting_losing_the_connection_reconnecting_and_closing_are_told_in_order()
      throws Exception {
    session.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    terminal.current().drop();
    session
        .request(
            Topic.PAY_QUERY, new OrderNumberData("A1"), Option.some("A1"), Duration.ofSeconds(5))
        .toCompletableFuture();
    terminal.nextSent();
    session.close();

    assertThat(seen)
        .containsExactly(
            "IDLE -> CONNECTING (connecting to fake://terminal, failed 0)",
            "CONNECTING -> CONNECTED (connected (fake-1), failed 0)",
            "CONNECTED -> WAITING_TO_RECONNECT (connection lost (1006 dropped), failed 0)",
            "WAITING_TO_RECONNECT -> CONNECTING (connecting to fake://terminal, failed 0)",
            "CONNECTING -> CONNECTED (connected (fake-2), failed 0, reconnected)",
            "CONNECTED -> CLOSED (closed by the client, failed 0)");
  }

  @Test
  void a_terminal_that_cannot_be_reached_is_told_with_the_failed_attempts() {
    terminal.reachable = false;

    session.connect().toCompletableFuture().exceptionally(failure -> null);

    assertThat(seen)
        .containsExactly(
            "IDLE -> CONNECTING (connecting to fake://terminal, failed 0)",
            "CONNECTING -> WAITING_TO_RECONNECT (cannot connect: connection refused, failed 1)");
  }

  @Test
  void a_frame_that_cannot_be_read_is_told_and_counted() throws Exception {
    session.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    seen.clear();

    terminal.current().deliver("not json at all");
    terminal.current().deliverBinary(new byte[] {(byte) 0xC3, (byte) 0x28});

    assertThat(seen).hasSize(2).allMatch(line -> line.startsWith("undecodable: "));
    assertThat(seen.get(0)).contains("not json at all");
    assertThat(session.stats().undecodableFrames()).isEqualTo(2);
  }

  @Test
  void an_observer_that_throws_is_logged_and_the_session_goes_on() throws Exception {
    ClientSession watched =
        new ClientSession(
            URI.create("fake://terminal"),
            terminal,
            ProtocolCodec.standard(),
            SessionOptions.of("my-app"),
            new LinkOptions(ConnectOptions.defaults(), ON_DEMAND, Optional.empty()),
            timer,
            Clock.systemUTC(),
            new SessionObserver() {
              @Override
              public void linkChanged(LinkTransition transition) {
                throw new IllegalStateException("a broken screen");
              }
            });
    try {
      watched.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);

      assertThat(watched.linkState()).isEqualTo(TerminalLink.State.CONNECTED);
    } finally {
      watched.close();
    }
  }
}
