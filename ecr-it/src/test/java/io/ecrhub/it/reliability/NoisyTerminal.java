package io.ecrhub.it.reliability;

import io.ecrhub.domain.model.ResponseCode;
import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.codec.DecodeFailure;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.mapping.internal.TransactionMapping;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A terminal that buries each answer under mutated frames: for every request it first sends {@code
 * noisePerAnswer} mutants, then the valid answer (an approved transaction, or the closed order's
 * number). Usually the mutants are answers about another order and another request id — decoys that
 * must match nothing, so the valid answer is what completes the request. For a quarter of the
 * queries they are mutants of the valid answer itself, which may complete the request first.
 *
 * <p>Everything a round sends depends on the seed and the round number only (the POS sends one
 * request at a time, so rounds are numbered in sending order).
 */
final class NoisyTerminal implements ConnectionAcceptor {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /** Longer mutants are drawn again: the POS would close the connection with 1009 for them. */
  private static final int MAX_NOISE_CHARS = 60_000;

  private final long seed;
  private final int noisePerAnswer;
  private final FrameMutator mutator;
  private final AtomicInteger rounds = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong noiseSent = new AtomicLong();
  private final Set<String> noisyAnswers = ConcurrentHashMap.newKeySet();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  NoisyTerminal(long seed, int noisePerAnswer, FrameMutator mutator) {
    this.seed = seed;
    this.noisePerAnswer = noisePerAnswer;
    this.mutator = mutator;
  }

  /** The {@code trans_no} this terminal reports for {@code number}. */
  static String transNo(String number) {
    return "5021" + String.format("%018d", Math.abs((long) number.hashCode()));
  }

  @Override
  public ConnectionListener accept(Connection connection) {
    connections.incrementAndGet();
    return new ConnectionListener() {
      @Override
      public void onText(Connection from, String text) {
        try {
          answer(from, text);
        } catch (RuntimeException bug) {
          problems.add("the noisy terminal failed on " + text + ": " + bug);
        }
      }

      @Override
      public void onClose(Connection from, int code, String reason) {}
    };
  }

  /** Connections accepted so far. */
  int connections() {
    return connections.get();
  }

  long noiseSent() {
    return noiseSent.get();
  }

  /** Whether the noise before the answer about {@code number} was mutants of that very answer. */
  boolean answerWasMutated(String number) {
    return noisyAnswers.contains(number);
  }

  /** Requests this terminal could not read: the POS must only ever send valid ones. */
  List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  private void answer(Connection connection, String text) {
    Either<DecodeFailure, InboundMessage> decoded = FuzzCorpus.CODEC.decode(text);
    if (decoded.isLeft() || decoded.get().isResponse()) {
      problems.add("not a valid request: " + text);
      return;
    }
    InboundMessage request = decoded.get();
    String requestId = request.requestId().getOrElse("");
    String number = request.biz().text("merchant_order_no").getOrElse("");
    String valid = validAnswer(request.topic(), requestId, number);
    int round = rounds.getAndIncrement();
    SplittableRandom random = new SplittableRandom(seed + GOLDEN_GAMMA * (round + 1L));
    boolean mutateTheAnswer = request.topic().equals(Topic.PAY_QUERY) && random.nextInt(4) == 0;
    if (mutateTheAnswer) {
      noisyAnswers.add(number);
    }
    List<String> decoys = FuzzCorpus.answers("decoy-" + round, "DECOY" + round);
    for (int i = 0; i < noisePerAnswer; i++) {
      String original = mutateTheAnswer ? valid : decoys.get(random.nextInt(decoys.size()));
      String noise;
      do {
        noise = mutator.mutate(original, random).text();
      } while (noise.length() > MAX_NOISE_CHARS);
      connection.send(noise);
      noiseSent.incrementAndGet();
    }
    connection.send(valid);
  }

  private static String validAnswer(Topic topic, String requestId, String number) {
    if (topic.equals(Topic.PAY_CLOSE)) {
      return FuzzCorpus.answer(topic, requestId, ResponseCode.SUCCESS, new OrderNumberData(number));
    }
    TransactionResult approved =
        FuzzCorpus.approved(number).toBuilder()
            .status(TransactionStatus.COMPLETED)
            .transNo(transNo(number))
            .build();
    return FuzzCorpus.answer(
        topic, requestId, ResponseCode.SUCCESS, TransactionMapping.toWire(approved));
  }
}
