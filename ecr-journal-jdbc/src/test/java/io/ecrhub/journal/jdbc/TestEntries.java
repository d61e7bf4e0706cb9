package io.ecrhub.journal.jdbc;

import io.ecrhub.domain.model.Amount;
import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.port.Claim;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.port.JournalState;
import io.ecrhub.domain.port.Settlement;
import io.vavr.control.Option;
import java.time.Instant;

/** Journal entries and settlements for tests, with times whole milliseconds unless said. */
final class TestEntries {

  static final String TERMINAL = "ws://192.168.1.20:35779";
  static final String TILL = "till-7";
  static final Instant T0 = Instant.parse("2025-03-01T09:30:00.123Z");

  private TestEntries() {}

  /** A sale of 34.50 under {@code number}, as a POS would build it. */
  static PaymentOrder sale(String number) {
    return OrderDraft.sale().merchantOrderNo(number).orderAmount("34.50").build();
  }

  static MerchantOrderNo number(String value) {
    return new MerchantOrderNo(value);
  }

  /** A pending sale of 34.50 created {@code secondsAfterT0} seconds after {@link #T0}. */
  static JournalEntry pending(String number, long secondsAfterT0) {
    Instant at = T0.plusSeconds(secondsAfterT0);
    return new JournalEntry(
        TILL,
        TERMINAL,
        number(number),
        TransactionType.SALE,
        Amount.parseOrThrow("34.50"),
        Option.none(),
        Option.none(),
        Option.none(),
        JournalState.PENDING,
        at,
        at,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none());
  }

  /** An entry with every optional field present. */
  static JournalEntry complete(String number) {
    return new JournalEntry(
        TILL,
        TERMINAL,
        number(number),
        TransactionType.REFUND,
        Amount.ofMinorUnits(1_234_567, CurrencyScale.THREE),
        Option.some(number("ORIG" + number)),
        Option.some(Amount.ofMinorUnits(1_500, CurrencyScale.THREE)),
        Option.some(Amount.ofMinorUnits(20_000, CurrencyScale.THREE)),
        JournalState.UNKNOWN,
        T0,
        T0.plusMillis(2_501),
        Option.some(ResponseCode.RESULT_UNKNOWN),
        Option.some("transaction result unknown — ask again"),
        Option.some("T2025030100001"),
        Option.some(TransactionStatus.PROCESSING),
        Option.some("reply timed out; queried 5 times"),
        Option.some("unknown: no answer to the order (TIMEOUT: no reply within 180 s)"),
        Option.some(new Claim("pos-7 pid 4242 started 2025-03-01T09:00:00Z", T0.plusSeconds(300))));
  }

  static JournalEntry inState(String number, long secondsAfterT0, JournalState state) {
    JournalEntry pending = pending(number, secondsAfterT0);
    return pending.settledBy(settlement(state, pending.createdAt()));
  }

  /** A settlement in {@code state} at {@code at} with no terminal fields and no note. */
  static Settlement settlement(JournalState state, Instant at) {
    return new Settlement(
        state,
        at,
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none(),
        Option.none());
  }

  static Settlement approved(Instant at, String transNo) {
    return new Settlement(
        JournalState.APPROVED,
        at,
        Option.some(ResponseCode.SUCCESS),
        Option.some("success"),
        Option.some(transNo),
        Option.some(TransactionStatus.COMPLETED),
        Option.some("approved by the terminal"),
        Option.some("approved: 000 at the order with status 2"));
  }
}
