package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.simulator.TriggerTimings;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The simulated terminal on a live connection, fed {@value #MUTANTS} seeded mutants of every kind
 * of request, {@value #BATCH} at a time, each batch followed by a valid heartbeat: every mutant is
 * answered with a well-formed answer or ignored, the heartbeat is answered, nothing escapes into
 * the transport, and the connection stays open — except right after a frame over the terminal's
 * limit, which closes it with 1009 (and a new connection carries on). Afterwards a valid sale is
 * approved once.
 */
class SimulatorFuzzTest {

  static final int MUTANTS = 100_000;
  static final int BATCH = 8;
  static final int MAX_FRAME_CHARS = 4_096;

  private static final long PATIENCE_SECONDS = 10;

  @Test
  void every_mutated_request_is_answered_or_ignored_and_the_connection_keeps_working()
      throws Exception {
    long seed = FuzzSeed.announce("simulator fuzz");
    SplittableRandom random = new SplittableRandom(seed);
    // Up to 6,000 characters against a 4,096-character limit: a few mutants are too large.
    FrameMutator mutator = new FrameMutator(6_000);
    EscapeWatch watch = new EscapeWatch();
    List<String> failures = new ArrayList<>();
    int oversized = 0;
    long answersBefore = 0;
    int sent = 0;
    try (LoopbackNetwork network = new LoopbackNetwork();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                watch.server(network.newTransport()),
                SimulatorOptions.defaults()
                    .withPort(0)
                    .withMaxFrameChars(MAX_FRAME_CHARS)
                    .withApproveDelay(Duration.ZERO)
                    .withTriggerTimings(TriggerTimings.all(Duration.ZERO)))) {
      RawPos pos = RawPos.connect(network.newTransport(), simulator.address());
      for (int batch = 0; sent < MUTANTS && failures.size() < 20; batch++) {
        String lastMutant = "";
        boolean tooLarge = false;
        for (int i = 0; i < BATCH && !tooLarge; i++, sent++) {
          String number = "F" + sent;
          String request =
              FuzzCorpus.request(random.nextInt(FuzzCorpus.REQUEST_KINDS), number, "fz-" + sent);
          FrameMutator.Mutant mutant = mutator.mutate(request, random);
          lastMutant = mutant.excerpt();
          tooLarge = mutant.text().length() > MAX_FRAME_CHARS;
          pos.send(mutant.text());
        }
        String probeId = "probe-" + batch;
        CompletableFuture<JsonObject> probe = pos.expect(probeId);
        pos.send(FuzzCorpus.heartbeat(probeId));
        CompletableFuture.anyOf(probe, pos.closed()).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (tooLarge) {
          oversized++;
          if (!pos.closed().isDone() || pos.closed().get() != CloseCodes.TOO_BIG) {
            failures.add("batch " + batch + ": not closed with 1009 after " + lastMutant);
          }
          answersBefore += pos.answers();
          pos = RawPos.connect(network.newTransport(), simulator.address());
        } else if (pos.closed().isDone()) {
          failures.add(
              "batch " + batch + ": closed " + pos.closed().get() + " after " + lastMutant);
          answersBefore += pos.answers();
          pos = RawPos.connect(network.newTransport(), simulator.address());
        } else if (!"000".equals(probe.get().getString("response_code", ""))) {
          failures.add("batch " + batch + ": the heartbeat was answered " + probe.get());
        }
        failures.addAll(pos.badAnswers());
      }

      String finalId = "final-sale";
      CompletableFuture<JsonObject> sale = pos.expect(finalId);
      pos.send(FuzzCorpus.request(0, "FINAL1", finalId));
      JsonObject approved = sale.get(PATIENCE_SECONDS, TimeUnit.SECONDS);

      System.out.println(
          "seed="
              + seed
              + " simulator fuzz: "
              + sent
              + " mutants, "
              + (answersBefore + pos.answers())
              + " answers, "
              + oversized
              + " closed for size, "
              + simulator.ledger().payOrdersReceived()
              + " pay.order reached the ledger, "
              + simulator.ledger().orders().size()
              + " admitted");
      assertThat(failures).as("seed=%d", seed).isEmpty();
      assertThat(watch.escapes()).as("seed=%d: escaped into the transport", seed).isEmpty();
      assertThat(oversized).as("seed=%d: mutants over the frame limit", seed).isPositive();
      assertThat(approved.getString("response_code")).as("seed=%d", seed).isEqualTo("000");
      assertThat(simulator.ledger().payOrdersReceived("FINAL1")).isEqualTo(1);
      assertThat(simulator.ledger().find("FINAL1").map(entry -> entry.status()))
          .containsExactly(TransactionStatus.COMPLETED);
    }
  }
}
