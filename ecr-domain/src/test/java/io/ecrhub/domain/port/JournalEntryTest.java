package io.ecrhub.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalEntryTest {

  private static final String TERMINAL = "ws://192.168.1.50:35779";
  private static final JournalWriter WRITER = new JournalWriter("till-7", "till-7 pid 4242");
  private static final Instant CREATED = Instant.parse("2025-01-13T06:36:00Z");
  private static final Instant LATER = CREATED.plusSeconds(42);

  private final PaymentOrder refund =
      OrderDraft.refund()
          .merchantOrderNo("R1")
          .origMerchantOrderNo("S1")
          .orderAmount("5.5")
          .build();

  @Test
  void a_pending_entry_records_what_is_about_to_be_sent_and_nothing_else() {
    JournalEntry entry = JournalEntry.pending(WRITER, TERMINAL, refund, CREATED);

    assertThat(entry.tillId()).isEqualTo("till-7");
    assertThat(entry.terminalId()).isEqualTo(TERMINAL);
    assertThat(entry.merchantOrderNo()).isEqualTo(new MerchantOrderNo("R1"));
    assertThat(entry.type()).isEqualTo(TransactionType.REFUND);
    assertThat(entry.orderAmount().toWire()).isEqualTo("5.50");
    assertThat(entry.origMerchantOrderNo()).containsExactly(new MerchantOrderNo("S1"));
    assertThat(entry.state()).isEqualTo(JournalState.PENDING);
    assertThat(entry.createdAt()).isEqualTo(CREATED);
    assertThat(entry.updatedAt()).isEqualTo(CREATED);
    assertThat(entry.responseCode()).isEmpty();
    assertThat(entry.responseMessage()).isEmpty();
    assertThat(entry.transNo()).isEmpty();
    assertThat(entry.transStatus()).isEmpty();
    assertThat(entry.note()).isEmpty();
    assertThat(entry.claim()).isEmpty();
  }

  @Test
  void a_claim_holds_until_its_end_and_only_its_holder_releases_it() {
    Claim claim = new Claim(WRITER.processId(), LATER);
    JournalEntry held = JournalEntry.pending(WRITER, TERMINAL, refund, CREATED).claimedBy(claim);

    assertThat(held.claim()).containsExactly(claim);
    assertThat(held.isHeldByAnotherAt("till-8 pid 1", CREATED)).isTrue();
    assertThat(held.isHeldByAnotherAt("till-8 pid 1", LATER.minusMillis(1))).isTrue();
    assertThat(held.isHeldByAnotherAt("till-8 pid 1", LATER)).as("ended").isFalse();
    assertThat(held.isHeldByAnotherAt(WRITER.processId(), CREATED)).as("its own").isFalse();
    assertThat(held.releasedBy("till-8 pid 1")).isEqualTo(held);
    assertThat(held.releasedBy(WRITER.processId()).claim()).isEmpty();
    assertThat(held.settledBy(approved()).claim()).containsExactly(claim);
    assertThat(held.sentAt(LATER).claim()).containsExactly(claim);
  }

  @Test
  void a_writer_and_a_claim_need_names() {
    assertThatThrownBy(() -> new JournalWriter(" ", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tillId");
    assertThatThrownBy(() -> new JournalWriter("t", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("processId");
    assertThatThrownBy(
            () -> new JournalWriter("t".repeat(JournalWriter.MAX_TILL_ID_LENGTH + 1), "p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Claim("", LATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holder");
  }

  @Test
  void a_window_holds_entries_created_from_its_start_up_to_its_end_of_its_terminal() {
    JournalEntry entry = JournalEntry.pending(WRITER, TERMINAL, refund, CREATED);

    assertThat(JournalWindow.since(CREATED).contains(entry)).isTrue();
    assertThat(JournalWindow.since(CREATED.plusMillis(1)).contains(entry)).isFalse();
    assertThat(JournalWindow.since(CREATED.minusSeconds(1)).until(CREATED).contains(entry))
        .as("the end is excluded")
        .isFalse();
    assertThat(JournalWindow.since(CREATED).ofTerminal(TERMINAL).contains(entry)).isTrue();
    assertThat(JournalWindow.since(CREATED).ofTerminal("ws://other:1").contains(entry)).isFalse();
    assertThatThrownBy(() -> JournalWindow.since(CREATED).until(CREATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end after it starts");
  }

  @Test
  void settling_sets_state_and_time_and_keeps_what_was_sent() {
    JournalEntry pending = JournalEntry.pending(WRITER, TERMINAL, refund, CREATED);

    JournalEntry settled = pending.settledBy(approved());

    assertThat(settled.state()).isEqualTo(JournalState.APPROVED);
    assertThat(settled.updatedAt()).isEqualTo(LATER);
    assertThat(settled.createdAt()).isEqualTo(CREATED);
    assertThat(settled.terminalId()).isEqualTo(pending.terminalId());
    assertThat(settled.merchantOrderNo()).isEqualTo(pending.merchantOrderNo());
    assertThat(settled.type()).isEqualTo(pending.type());
    assertThat(settled.orderAmount()).isEqualTo(pending.orderAmount());
    assertThat(settled.origMerchantOrderNo()).isEqualTo(pending.origMerchantOrderNo());
    assertThat(settled.responseCode()).containsExactly(ResponseCode.SUCCESS);
    assertThat(settled.transNo()).containsExactly("T1");
    assertThat(settled.transStatus()).containsExactly(TransactionStatus.COMPLETED);
  }

  @Test
  void what_a_settlement_does_not_say_is_kept_from_before() {
    JournalEntry unknown =
        JournalEntry.pending(WRITER, TERMINAL, refund, CREATED)
            .settledBy(
                new Settlement(
                    JournalState.UNKNOWN,
                    LATER,
                    Option.some(ResponseCode.of("108")),
                    Option.some("result unknown"),
                    Option.some("T1"),
                    Option.some(TransactionStatus.PROCESSING),
                    Option.some("queried 5 times"),
                    Option.none()));

    JournalEntry shutDown =
        unknown.settledBy(
            new Settlement(
                JournalState.UNKNOWN,
                LATER.plusSeconds(1),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.some("client shut down"),
                Option.none()));

    assertThat(shutDown.responseCode()).containsExactly(ResponseCode.of("108"));
    assertThat(shutDown.responseMessage()).containsExactly("result unknown");
    assertThat(shutDown.transNo()).containsExactly("T1");
    assertThat(shutDown.transStatus()).containsExactly(TransactionStatus.PROCESSING);
    assertThat(shutDown.note()).containsExactly("client shut down");
  }

  @Test
  void the_note_explains_the_current_state_only() {
    JournalEntry unknown =
        JournalEntry.pending(WRITER, TERMINAL, refund, CREATED)
            .settledBy(
                new Settlement(
                    JournalState.UNKNOWN,
                    LATER,
                    Option.none(),
                    Option.none(),
                    Option.none(),
                    Option.none(),
                    Option.some("reply timed out"),
                    Option.none()));

    assertThat(unknown.settledBy(approved()).note()).isEmpty();
  }

  @ParameterizedTest(name = "{0} finished={1}")
  @CsvSource({
    "PENDING, false",
    "SENT, false",
    "UNKNOWN, false",
    "APPROVED, true",
    "DECLINED, true",
    "MISMATCH, true",
    "NOT_SENT, true"
  })
  void only_pending_sent_and_unknown_entries_still_need_the_terminals_word(
      JournalState state, boolean finished) {
    assertThat(state.isFinished()).isEqualTo(finished);
  }

  private static Settlement approved() {
    return new Settlement(
        JournalState.APPROVED,
        LATER,
        Option.some(ResponseCode.SUCCESS),
        Option.none(),
        Option.some("T1"),
        Option.some(TransactionStatus.COMPLETED),
        Option.none(),
        Option.none());
  }
}
