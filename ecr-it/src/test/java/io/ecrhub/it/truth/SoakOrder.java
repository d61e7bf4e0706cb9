package io.ecrhub.it.truth;

import io.ecrhub.domain.model.TransactionType;
import io.ecrhub.domain.order.OrderDraft;
import java.util.Random;

/**
 * One order of the truth soak: what the POS submits ({@link #draft()}) and what it therefore sends
 * ({@link #facts()}), which the terminal's ledger is compared with.
 */
record SoakOrder(SentFacts facts) {

  /** Sales (a fifth with a tip), cashback sales, refunds and voids, 1.00 to 99.99. */
  static SoakOrder draw(Random random, int index) {
    String number = "T" + index;
    String amount = (1 + random.nextInt(99)) + "." + String.format("%02d", random.nextInt(100));
    double kind = random.nextDouble();
    String original = "S" + random.nextInt(Math.max(1, index));
    if (kind < 0.7) {
      String tip = random.nextDouble() < 0.2 ? "1.50" : null;
      return new SoakOrder(new SentFacts(number, "1", amount, tip, null, null));
    }
    if (kind < 0.8) {
      return new SoakOrder(new SentFacts(number, "11", amount, null, "10.00", null));
    }
    if (kind < 0.9) {
      return new SoakOrder(new SentFacts(number, "3", amount, null, null, original));
    }
    return new SoakOrder(new SentFacts(number, "2", amount, null, null, original));
  }

  OrderDraft draft() {
    return OrderDraft.ofType(TransactionType.of(facts.transType()))
        .merchantOrderNo(facts.merchantOrderNo())
        .orderAmount(facts.orderAmount())
        .tipAmount(facts.tipAmount())
        .cashbackAmount(facts.cashbackAmount())
        .origMerchantOrderNo(facts.origMerchantOrderNo());
  }
}
