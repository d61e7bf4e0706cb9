package io.ecrhub.it.coldpath;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import java.util.concurrent.TimeUnit;

/**
 * A till's first payment in a fresh JVM, run by {@link ColdPathTest} as a process of its own: it
 * builds a client with the default durable journal, connects, pays one sale and queries it, and
 * prints what came back.
 *
 * <p>Arguments: the terminal's address, the merchant order number.
 */
public final class FirstPaymentTill {

  private FirstPaymentTill() {}

  public static void main(String[] args) throws Exception {
    try (EcrClient ecr = EcrClient.builder().terminal(args[0]).appId("till").build()) {
      ecr.connect().get(30, TimeUnit.SECONDS);
      PaymentOutcome sale =
          ecr.submit(OrderDraft.sale().merchantOrderNo(args[1]).orderAmount("12.30"));
      System.out.println("sale " + sale.getClass().getSimpleName());
      TerminalReply<?> query = ecr.query(new MerchantOrderNo(args[1]));
      System.out.println(
          "query "
              + (query instanceof TerminalReply.Answered<?> answered
                  ? answered.code().code()
                  : query.toString()));
    }
  }
}
