package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.api.ClientStats;
import io.ecrhub.app.api.EcrClient;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real client on a live connection, fed {@value #ROUNDS} × {@value #NOISE_PER_ANSWER} mutated
 * frames by a {@link NoisyTerminal} between the answers to its sales and queries: nothing escapes
 * into the transport, the one connection stays up throughout, and every request is completed by its
 * valid answer (or, where the noise was a mutant of that very answer, by an answer).
 */
class LiveClientFuzzTest {

  static final int ROUNDS = 2_000;
  static final int NOISE_PER_ANSWER = 25;

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @Test
  void mutated_frames_between_answers_never_break_the_client_or_its_connection() throws Exception {
    long seed = FuzzSeed.announce("live client fuzz");
    EscapeWatch watch = new EscapeWatch();
    NoisyTerminal terminal = new NoisyTerminal(seed, NOISE_PER_ANSWER, new FrameMutator(20_000));
    try (LoopbackNetwork network = new LoopbackNetwork()) {
      ServerBinding binding =
          network
              .newTransport()
              .bind(new BindOptions("terminal", 0, 65_536), terminal)
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS);
      try (EcrClient client =
          EcrClient.builder()
              .terminal(binding.address())
              .appId(FuzzCorpus.APP_ID)
              .transport(watch.client(network.newTransport()))
              .replyTimeout(PATIENCE)
              .queryTimeout(PATIENCE)
              .recoverOnConnect(false)
              .journal(new InMemoryOrderJournal())
              .build()) {
        client.connect().get(5, TimeUnit.SECONDS);

        for (int round = 0; round < ROUNDS; round++) {
          String number = String.format("LIVE%06d", round);
          if (round % 2 == 0) {
            assertSaleApproved(seed, client, number);
          } else {
            assertQueryAnswered(seed, client, terminal, number);
          }
        }

        ClientStats stats = client.stats();
        System.out.println(
            "seed=" + seed + " live client fuzz: " + terminal.noiseSent() + " frames, " + stats);
        assertThat(watch.escapes()).as("seed=%d: escaped into the transport", seed).isEmpty();
        assertThat(terminal.problems()).as("seed=%d: requests the POS garbled", seed).isEmpty();
        assertThat(terminal.connections()).as("seed=%d: connections opened", seed).isEqualTo(1);
        assertThat(stats.connectionsLost()).as("seed=%d: connections lost", seed).isZero();
        // a mutated answer that proves nothing (another code, no status) leads to a query: more
        // requests than rounds, each of them answered
        assertThat(stats.requestsSent())
            .as("seed=%d: requests sent", seed)
            .isBetween((long) ROUNDS, ROUNDS + ROUNDS / 20L);
        assertThat(stats.repliesMatched())
            .as("seed=%d: replies matched", seed)
            .isEqualTo(stats.requestsSent());
        assertThat(stats.undecodableFrames() + stats.unmatchedReplies() + stats.lateReplies())
            .as("seed=%d: noise seen as noise", seed)
            .isPositive()
            .isLessThanOrEqualTo(terminal.noiseSent());
      }
    }
  }

  private static void assertSaleApproved(long seed, EcrClient client, String number)
      throws Exception {
    PaymentOutcome outcome =
        client
            .submitAsync(
                OrderDraft.sale().merchantOrderNo(number).orderAmount("34.50").tipAmount("1.50"))
            .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    // a mutated frame can still be a well-formed answer for this very order, reporting another
    // type or amount: then the honest outcome is a mismatch, never a decline or a guess
    if (outcome instanceof PaymentOutcome.Mismatch) {
      return;
    }
    assertThat(outcome)
        .as("seed=%d: sale %s", seed, number)
        .isInstanceOfSatisfying(
            PaymentOutcome.Approved.class,
            approved ->
                assertThat(approved.result().transNo())
                    .containsExactly(NoisyTerminal.transNo(number)));
  }

  private static void assertQueryAnswered(
      long seed, EcrClient client, NoisyTerminal terminal, String number) throws Exception {
    TerminalReply<TransactionResult> reply =
        client.queryAsync(new MerchantOrderNo(number)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat(reply)
        .as("seed=%d: query %s", seed, number)
        .isInstanceOf(TerminalReply.Answered.class);
    if (!terminal.answerWasMutated(number)) {
      TerminalReply.Answered<TransactionResult> answered =
          (TerminalReply.Answered<TransactionResult>) reply;
      assertThat(answered.code())
          .as("seed=%d: query %s", seed, number)
          .isEqualTo(ResponseCode.SUCCESS);
      assertThat(answered.body().flatMap(TransactionResult::transNo))
          .as("seed=%d: query %s", seed, number)
          .containsExactly(NoisyTerminal.transNo(number));
    }
  }
}
