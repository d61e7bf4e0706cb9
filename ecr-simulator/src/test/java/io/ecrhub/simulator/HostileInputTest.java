package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ecrhub.domain.validation.Violation;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.terminal.TerminalRequest;
import io.ecrhub.protocol.terminal.TerminalResponse;
import io.ecrhub.simulator.Frames.Biz;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is answered, never fatal: the connection and the terminal keep working. */
class HostileInputTest {

  private final TerminalFixture terminal = TerminalFixture.with(o -> o.withMaxFrameChars(2048));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "{\"topic\":\"ecrhub.pay.order\",",
        "[1,2,3]",
        "{\"topic\":\"ecrhub.nope\",\"biz_data\":{}}",
        "{\"topic\":\"ecrhub.pay.order\",\"response_code\":\"000\",\"biz_data\":{}}",
        "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"trans_type\":\"1\","
            + "\"merchant_order_no\":\"A9\",\"order_amount\":{\"value\":1}}}",
        "{\"topic\":\"ecrhub.pay.order\"}"
      })
  void an_unreadable_frame_is_answered_202_and_the_connection_keeps_working(String frame) {
    RecordingConnection pos = terminal.connect();

    Answer refused = terminal.exchange(pos, frame);

    assertThat(refused.code()).isEqualTo("202");
    assertThat(pos.isOpen()).isTrue();
    terminal.send(pos, Frames.payOrder(Biz.sale("OK1", "1.00")));
    terminal.advance(Duration.ofSeconds(1));
    assertThat(pos.lastAnswer().code()).isEqualTo("000");
  }

  @Test
  void refused_order_numbers_leave_bounded_state_behind() {
    RecordingConnection pos = terminal.connect();
    int refused = TerminalLedger.MAX_REFUSED_NUMBERS + 2_000;

    for (int i = 0; i < refused; i++) {
      // invalid numbers ('#'), and every tenth one far longer than any number
      String number = i % 10 == 9 ? "L".repeat(500) + i : "bad#" + i;
      terminal.send(pos, Frames.payOrder(Biz.sale(number, "1.00")));
    }

    TerminalLedger ledger = terminal.ledger();
    assertThat(ledger.payOrdersReceived()).as("every frame counted").isEqualTo(refused);
    assertThat(ledger.numbersCounted())
        .as("numbers remembered")
        .isLessThanOrEqualTo(TerminalLedger.MAX_REFUSED_NUMBERS);
    assertThat(ledger.payOrdersReceived("bad#" + (refused - 2))).as("the newest").isEqualTo(1);
    assertThat(ledger.payOrdersReceived("bad#0")).as("the oldest, forgotten").isZero();
    assertThat(ledger.orders()).isEmpty();
    assertThat(terminal.pay(Biz.sale("OK1", "1.00")).code()).isEqualTo("000");
    assertThat(ledger.payOrdersReceived("OK1")).isEqualTo(1);
  }

  @Test
  void an_oversized_frame_closes_its_connection_1009_and_the_terminal_goes_on() {
    RecordingConnection pos = terminal.connect();

    terminal.send(pos, Frames.payOrder(Biz.sale("BIG", "1.00").with("attach", "x".repeat(4000))));

    assertThat(pos.closeCodes()).containsExactly(CloseCodes.TOO_BIG);
    assertThat(terminal.ledger().payOrdersReceived()).isZero();
    assertThat(terminal.pay(Biz.sale("OK1", "1.00")).code()).isEqualTo("000");
  }

  @Test
  void the_handler_does_not_throw_on_fields_of_the_wrong_json_type() {
    InboundMessage odd =
        ProtocolCodec.standard()
            .decode(
                "{\"topic\":\"ecrhub.pay.order\",\"biz_data\":{\"merchant_order_no\":[1],"
                    + "\"trans_type\":{\"a\":1},\"order_amount\":[\"1.00\"]}}")
            .get();
    TerminalRequest request = new TerminalRequest(odd, terminal.connect());

    assertThatCode(
            () -> {
              TerminalResponse response =
                  terminal
                      .terminal
                      .order(request, Validation.invalid(List.of(new Violation("biz_data", "odd"))))
                      .toCompletableFuture()
                      .join();
              assertThat(((TerminalResponse.Reply) response).code().code()).isEqualTo("202");
            })
        .doesNotThrowAnyException();
  }

  @Test
  void randomly_damaged_frames_never_break_the_terminal() {
    long seed = 20251125L;
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    String valid =
        Frames.payOrder(
            Biz.sale("FUZZ", "12.34").with("tip_amount", "1.00").with("pay_method_id", "Visa"));
    String alphabet = "{}[]\":,.-+eE0123456789 abcxyz\\\u00e9\u0000";
    for (int i = 0; i < 300; i++) {
      StringBuilder frame = new StringBuilder(valid.replace("FUZZ", "FUZZ" + i));
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(frame.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> frame.setCharAt(at, c);
          case 1 -> frame.insert(at, c);
          default -> frame.deleteCharAt(at);
        }
      }
      RecordingConnection pos = terminal.connect();
      String damaged = frame.toString();

      assertThatCode(() -> terminal.send(pos, damaged))
          .as("seed=%d frame=%s", seed, damaged)
          .doesNotThrowAnyException();
      terminal.time.runUntilIdle();

      assertThat(pos.answerCount()).as("seed=%d frame=%s", seed, damaged).isLessThanOrEqualTo(1);
      pos.answers()
          .forEach(
              answer ->
                  assertThat(answer.code())
                      .as("seed=%d frame=%s", seed, damaged)
                      .matches("[0-9]{3}")
                      .isNotEqualTo("999"));
    }
    assertThat(terminal.pay(Biz.sale("AFTER", "1.00")).code()).isEqualTo("000");
  }
}
