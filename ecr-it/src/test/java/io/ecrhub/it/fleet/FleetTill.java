package io.ecrhub.it.fleet;

import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.journal.jdbc.JdbcOrderJournal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * One till of the fleet, a process of its own: it opens the shared journal as its till, connects to
 * the terminal through {@code EcrClient} and pays every order of the day's list — the same list for
 * every till, each till in its own shuffled order, so that the tills race for every number and the
 * journal must give each to one till only. A number another till took is refused by the engine
 * before anything is sent. One line per order ({@code outcome <number> <kind>}), then {@code done}.
 *
 * <p>Arguments: journal URL, terminal, app id, till id, number of orders, seed, whether to recover
 * the journal's unfinished orders when connecting, and the name of this process, which every order
 * carries in {@code attach} so that the test can tell from the terminal's ledger whose order it
 * holds.
 */
public final class FleetTill {

  static final String READY = "ready";
  static final String DONE = "done";

  /** The cents of an order the terminal keeps processing for a while before approving it. */
  static final String SLOW_CENTS = "95";

  private FleetTill() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String url = args[0];
    String terminal = args[1];
    String appId = args[2];
    String till = args[3];
    int orders = Integer.parseInt(args[4]);
    long seed = Long.parseLong(args[5]);
    boolean recoverOnConnect = Boolean.parseBoolean(args[6]);
    String process = args[7];
    JdbcOrderJournal journal =
        JdbcOrderJournal.open(url, new Properties(), JdbcOrderJournal.writerFor(till));
    try (EcrClient client =
        EcrClient.builder()
            .terminal(terminal)
            .appId(appId)
            .journal(journal)
            .closeWithClient(journal)
            .replyTimeout(Duration.ofSeconds(10))
            .queryTimeout(Duration.ofSeconds(2))
            .recoveryDeadline(Duration.ofSeconds(60))
            .recoveryBackoff(new Backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)))
            .recoverOnConnect(recoverOnConnect)
            .build()) {
      client.connect().join();
      out.println(READY);
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < orders; i++) {
        numbers.add(i);
      }
      Collections.shuffle(numbers, new Random(seed));
      for (int i : numbers) {
        PaymentOutcome outcome =
            client.submit(
                OrderDraft.sale()
                    .merchantOrderNo(numberOf(i))
                    .orderAmount(amountOf(i))
                    .attach(process));
        out.println("outcome " + numberOf(i) + " " + outcome.getClass().getSimpleName());
      }
      out.println(DONE);
    }
  }

  static String numberOf(int index) {
    return "F" + index;
  }

  /**
   * Mostly plain sales; some declined ({@code .91}), some answered {@code 108} or {@code 103} while
   * the order completes ({@code .97}, {@code .81}: settled by a query), a few whose connection the
   * terminal drops on arrival ({@code .96}: settled after a reconnect), and a few a customer takes
   * long over ({@code .95}: approved after a while) — the moments the test kills a till at.
   */
  static String amountOf(int index) {
    return (1 + index % 50) + "." + centsOf(index);
  }

  static String centsOf(int index) {
    int pick = Math.floorMod(index * 31 + 7, 100);
    if (pick < 1) {
      return SLOW_CENTS;
    }
    return pick < 6 ? "91" : pick < 9 ? "97" : pick < 11 ? "81" : pick < 12 ? "96" : "00";
  }
}
