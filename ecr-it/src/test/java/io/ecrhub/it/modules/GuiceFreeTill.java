package io.ecrhub.it.modules;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;

/**
 * A till that builds its client with the plain builder, run by {@link WithoutGuiceTest} in a JVM
 * whose class path has no Guice: it first makes sure of that, then pays on the terminal named by
 * {@code args[0]}. Exit 0 when approved.
 */
public final class GuiceFreeTill {

  private GuiceFreeTill() {}

  public static void main(String[] args) {
    for (String absent : new String[] {"com.google.inject.Guice", "jakarta.inject.Inject"}) {
      try {
        Class.forName(absent);
        System.out.println(absent + " is on the class path");
        System.exit(2);
      } catch (ClassNotFoundException expected) {
        System.out.println("absent: " + absent);
      }
    }
    try (EcrClient ecr = EcrClient.builder().terminal(args[0]).appId("till").build()) {
      ecr.connect().join();
      PaymentOutcome outcome =
          ecr.submit(OrderDraft.sale().merchantOrderNo("NOGUICE1").orderAmount("2.10"));
      System.out.println("outcome " + outcome.getClass().getSimpleName());
      System.exit(outcome instanceof PaymentOutcome.Approved ? 0 : 1);
    }
  }
}
