package io.ecrhub.transport.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ServerTransport;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import io.ecrhub.transport.testkit.BrokenClientTransport.Breakage;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The kit itself: each of its checks fails on a transport that breaks the promise it is about, and
 * passes on the same transport when nothing is broken. Without this, a kit test that could never
 * fail would go unnoticed.
 */
class TransportContractSelfTest {

  /** One kit test, run by hand on a kit instance. */
  @FunctionalInterface
  private interface KitTest {
    void run(TransportContract kit) throws Exception;
  }

  /** The kit on loopback, with one promise of the client transport broken. */
  private static final class KitOnBrokenTransport extends TransportContract {
    private final LoopbackNetwork network = new LoopbackNetwork();
    private final Breakage breakage;
    private final CountDownLatch leakedThreadMayEnd = new CountDownLatch(1);

    KitOnBrokenTransport(Breakage breakage) {
      this.breakage = breakage;
    }

    @Override
    protected ClientTransport newClientTransport() {
      return new BrokenClientTransport(network.newTransport(), breakage, leakedThreadMayEnd);
    }

    @Override
    protected ServerTransport newServerTransport() {
      return network.newTransport();
    }

    @Override
    protected TransportFacts facts() {
      return TransportFacts.of("terminal", true).withFrameLimitChars(64);
    }

    /** Short: some broken transports are only caught by waiting in vain. */
    @Override
    protected Duration patience() {
      return Duration.ofSeconds(1);
    }

    /** Runs {@code test} and the kit's after-test check, as JUnit would; returns what failed. */
    AssertionError failureOf(KitTest test) {
      AssertionError failure = null;
      try {
        test.run(this);
      } catch (AssertionError caught) {
        failure = caught;
      } catch (Exception unexpected) {
        throw new IllegalStateException("the kit test threw " + unexpected, unexpected);
      } finally {
        try {
          releaseTransportsAndCheckEventOrder();
        } catch (AssertionError caught) {
          failure = failure == null ? caught : failure;
        }
        network.close();
        leakedThreadMayEnd.countDown();
      }
      return failure;
    }
  }

  @Test
  void a_lost_close_reason_is_caught() {
    assertCaught(
        Breakage.LOSES_THE_CLOSE_REASON,
        TransportContract
            ::a_client_close_reaches_the_server_with_its_code_and_reason_and_on_close_fires_once,
        "reason=order settled");
  }

  @Test
  void a_forbidden_close_code_that_is_not_refused_is_caught() {
    assertCaught(
        Breakage.SWALLOWS_A_FORBIDDEN_CLOSE_CODE,
        TransportContract
            ::a_close_code_no_frame_may_carry_is_refused_and_a_null_reason_arrives_empty,
        "close(1005, ..)");
  }

  @Test
  void a_send_after_close_that_does_not_fail_is_caught() {
    assertCaught(
        Breakage.SENDS_AFTER_CLOSE_WITHOUT_FAILING,
        TransportContract::send_after_close_fails_with_not_open,
        "expected NOT_OPEN");
  }

  @Test
  void a_second_on_close_is_caught() {
    assertCaught(
        Breakage.DELIVERS_ON_CLOSE_TWICE,
        TransportContract
            ::a_server_close_reaches_the_client_with_its_code_and_reason_and_on_close_fires_once,
        "onClose exactly once");
  }

  @Test
  void frames_out_of_order_are_caught() {
    assertCaught(
        Breakage.SWAPS_EACH_PAIR_OF_FRAMES,
        TransportContract::a_thousand_frames_arrive_in_order_both_ways,
        "order at the server");
  }

  @Test
  void an_ignored_frame_limit_is_caught() {
    assertCaught(
        Breakage.IGNORES_ITS_FRAME_LIMIT,
        TransportContract::an_over_limit_frame_to_the_client_closes_only_that_connection_with_1009,
        "victim: no onClose");
  }

  @Test
  void a_thread_left_running_after_close_is_caught() {
    AssertionError failure =
        new KitOnBrokenTransport(Breakage.LEAVES_A_THREAD_RUNNING)
            .failureOf(
                TransportContract
                    ::closing_the_client_transport_closes_its_connections_and_leaves_no_thread_behind);

    assertNotNull(failure, "the kit must fail");
    assertTrue(
        failure.getMessage().contains("broken-transport-leaked-thread"),
        "the failure names the thread: " + failure.getMessage());
  }

  @Test
  void the_same_checks_pass_when_nothing_is_broken() {
    KitTest[] tests = {
      TransportContract
          ::a_client_close_reaches_the_server_with_its_code_and_reason_and_on_close_fires_once,
      TransportContract::send_after_close_fails_with_not_open,
      TransportContract::a_close_code_no_frame_may_carry_is_refused_and_a_null_reason_arrives_empty,
      TransportContract
          ::a_server_close_reaches_the_client_with_its_code_and_reason_and_on_close_fires_once,
      TransportContract::a_thousand_frames_arrive_in_order_both_ways,
      TransportContract::an_over_limit_frame_to_the_client_closes_only_that_connection_with_1009,
      TransportContract
          ::closing_the_client_transport_closes_its_connections_and_leaves_no_thread_behind
    };
    for (KitTest test : tests) {
      AssertionError failure = new KitOnBrokenTransport(Breakage.NONE).failureOf(test);
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static void assertCaught(Breakage breakage, KitTest test, String expectedMessage) {
    AssertionError failure = new KitOnBrokenTransport(breakage).failureOf(test);

    assertNotNull(failure, "the kit must fail on a transport that " + breakage);
    assertTrue(
        failure.getMessage().contains(expectedMessage),
        "the kit must fail for the right reason, '" + expectedMessage + "', got: " + failure);
  }
}
