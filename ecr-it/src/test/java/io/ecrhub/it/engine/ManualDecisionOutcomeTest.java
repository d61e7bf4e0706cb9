package io.ecrhub.it.engine;

import static io.ecrhub.it.engine.LedgerAgreement.assertApproved;
import static io.ecrhub.it.engine.LedgerAgreement.assertDeclined;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.simulator.OrderDecision;
import io.ecrhub.simulator.TerminalScreen;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What our client makes of each decision a tester takes on the simulator's screen in manual mode —
 * the outcomes the README's table promises — with the ledger agreeing every time.
 */
class ManualDecisionOutcomeTest {

  static Stream<Arguments> declineCodes() {
    return OrderDecision.DECLINE_CODES.stream().map(code -> Arguments.of(code.code()));
  }

  @ParameterizedTest(name = "decline {0}")
  @MethodSource("declineCodes")
  void every_decline_code_is_declined(String code) {
    try (TerminalRig rig = TerminalRig.start(Wire.LOOPBACK)) {
      PaymentOutcome outcome =
          decide(rig, rig.connect(), OrderDecision.decline(ResponseCode.of(code)));

      assertDeclined(outcome, rig.ledger());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void approve_result_unknown_and_complete_after_are_approved(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect();
      for (OrderDecision decision :
          List.of(
              OrderDecision.approve(),
              OrderDecision.resultUnknownThenComplete(),
              OrderDecision.completeAfter(Duration.ofSeconds(1)))) {
        assertApproved(decide(rig, pos, decision), rig.ledger());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Wire.class)
  void a_silent_or_dropped_order_is_settled_by_queries_once_the_tester_decides(Wire wire) {
    try (TerminalRig rig = TerminalRig.start(wire)) {
      EcrClient pos = rig.connect(client -> client.replyTimeout(Duration.ofMillis(300)));

      PaymentOutcome silent =
          decideTwice(rig, pos, "SILENT1", OrderDecision.staySilent(), OrderDecision.approve());
      PaymentOutcome dropped =
          decideTwice(
              rig,
              pos,
              "DROP1",
              OrderDecision.dropConnection(),
              OrderDecision.decline(ResponseCode.REJECTED));

      assertApproved(silent, rig.ledger());
      assertDeclined(dropped, rig.ledger());
      assertThat(rig.ledger().payOrdersReceived("DROP1")).isEqualTo(1);
    }
  }

  private int orders;

  /** A sale held in manual mode, then {@code decision}; its outcome. */
  private PaymentOutcome decide(TerminalRig rig, EcrClient pos, OrderDecision decision) {
    String number = "MAN" + ++orders;
    TerminalScreen screen = rig.simulator().screen();
    screen.setManualMode(true);
    CompletableFuture<PaymentOutcome> outcome =
        pos.submitAsync(OrderDraft.sale().merchantOrderNo(number).orderAmount("10.00"));
    awaitHeld(rig, number);
    assertThat(screen.decide(number, decision).isRight()).isTrue();
    return TerminalRig.await(outcome);
  }

  /**
   * A sale held, then {@code first} (which leaves it processing), then — once the client has
   * queried it at least once — {@code then}; its outcome.
   */
  private static PaymentOutcome decideTwice(
      TerminalRig rig, EcrClient pos, String number, OrderDecision first, OrderDecision then) {
    TerminalScreen screen = rig.simulator().screen();
    screen.setManualMode(true);
    CompletableFuture<PaymentOutcome> outcome =
        pos.submitAsync(OrderDraft.sale().merchantOrderNo(number).orderAmount("10.00"));
    awaitHeld(rig, number);
    assertThat(screen.decide(number, first).isRight()).isTrue();
    Awaitility.await("a query of " + number)
        .atMost(TerminalRig.PATIENCE)
        .until(
            () ->
                rig.simulator().receivedFrames().stream()
                    .anyMatch(
                        frame -> frame.isOn("ecrhub.pay.query") && frame.text().contains(number)));
    assertThat(outcome).isNotDone();
    assertThat(screen.decide(number, then).isRight()).isTrue();
    return TerminalRig.await(outcome);
  }

  private static void awaitHeld(TerminalRig rig, String number) {
    Awaitility.await("order " + number + " held")
        .atMost(TerminalRig.PATIENCE)
        .until(() -> rig.ledger().find(number).isDefined());
  }
}
