package io.ecrhub.it.journal;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.app.api.OrderJournals;

/**
 * A till that asks for a journal in memory three times, run by {@link DefaultJournalTest} in a JVM
 * of its own so that the once-per-process warning can be counted. It builds and closes its clients
 * without connecting: the warning comes with the choice, not with a payment.
 */
public final class InMemoryJournalTill {

  private InMemoryJournalTill() {}

  public static void main(String[] args) {
    for (int i = 0; i < 2; i++) {
      try (EcrClient ecr =
          EcrClient.builder().terminal(args[0]).appId("till").inMemoryJournal().build()) {
        System.out.println("built " + ecr.terminal());
      }
    }
    try (EcrClient ecr =
        EcrClient.builder()
            .terminal(args[0])
            .appId("till")
            .journal(OrderJournals.inMemory())
            .build()) {
      System.out.println("built " + ecr.terminal());
    }
  }
}
