package io.ecrhub.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.codec.DecodeFailure;
import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.WireTypeException;
import io.ecrhub.protocol.mapping.internal.MessageDecoder;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The POS side's decoding of answers, fed {@value #MUTANTS} seeded mutants of every kind of valid
 * answer: {@link io.ecrhub.protocol.codec.ProtocolCodec#decode} and the response readers of {@link
 * MessageDecoder} must turn each into a value — a {@link DecodeFailure} or a message — and never
 * throw, and decoding must be a pure function of the text.
 */
class ClientDecoderFuzzTest {

  static final int MUTANTS = 100_000;

  @Test
  void every_mutated_answer_decodes_to_a_value_and_never_throws() {
    long seed = FuzzSeed.announce("client decoder fuzz");
    SplittableRandom random = new SplittableRandom(seed);
    List<String> corpus = FuzzCorpus.answers("1n4jm8jf5zogb-7", "A1001");
    // Up to 70,000 characters: past the codec's 64 KiB limit now and then.
    FrameMutator mutator = new FrameMutator(70_000);
    List<String> failures = new ArrayList<>();
    Map<DecodeFailure.Reason, Integer> reasons = new EnumMap<>(DecodeFailure.Reason.class);
    Map<String, Integer> decoded = new TreeMap<>();

    for (int i = 0; i < MUTANTS && failures.size() < 20; i++) {
      FrameMutator.Mutant mutant =
          mutator.mutate(corpus.get(random.nextInt(corpus.size())), random);
      try {
        Either<DecodeFailure, InboundMessage> result = FuzzCorpus.CODEC.decode(mutant.text());
        if (i % 97 == 0) {
          String first = fingerprint(result);
          String second = fingerprint(FuzzCorpus.CODEC.decode(mutant.text()));
          if (!first.equals(second)) {
            failures.add(
                "#"
                    + i
                    + " decodes differently the second time: "
                    + mutant.excerpt()
                    + "\n  first:  "
                    + first
                    + "\n  second: "
                    + second);
          }
        }
        if (result.isLeft()) {
          reasons.merge(result.getLeft().reason(), 1, Integer::sum);
        } else {
          decoded.merge(readLikeThePos(result.get()), 1, Integer::sum);
        }
      } catch (Throwable escaped) {
        failures.add("#" + i + " threw " + escaped + " on " + mutant.excerpt());
      }
    }

    System.out.println("seed=" + seed + " decode failures " + reasons + ", decoded " + decoded);
    assertThat(failures).as("seed=%d: mutants that threw", seed).isEmpty();
    assertThat(reasons)
        .as("seed=%d: the mutants reach every check of the codec", seed)
        .containsKeys(
            DecodeFailure.Reason.TOO_LARGE,
            DecodeFailure.Reason.NOT_UTF8,
            DecodeFailure.Reason.NOT_JSON,
            DecodeFailure.Reason.NOT_AN_OBJECT,
            DecodeFailure.Reason.DUPLICATE_KEY,
            DecodeFailure.Reason.TOO_DEEP,
            DecodeFailure.Reason.MISSING_TOPIC,
            DecodeFailure.Reason.UNKNOWN_TOPIC,
            DecodeFailure.Reason.WRONG_TYPE);
    assertThat(decoded)
        .as("seed=%d: near misses decode and reach the transaction reader", seed)
        .containsKeys("transaction", "no transaction", "wrong type in biz_data");
  }

  /** What a decoding said, comparable: the failure, or the message's fields and biz_data. */
  private static String fingerprint(Either<DecodeFailure, InboundMessage> result) {
    return result.fold(
        DecodeFailure::toString,
        message ->
            message.topic()
                + "|"
                + message.requestId()
                + "|"
                + message.responseCode()
                + "|"
                + message.responseMsg()
                + "|"
                + message.bizData().map(biz -> biz.toJson()));
  }

  /**
   * Reads a decoded answer the way the session and the gateway do, and says what came of it: the
   * order number the session matches on, then the transaction.
   */
  private static String readLikeThePos(InboundMessage message) {
    message.isResponse();
    try {
      message.biz().text("merchant_order_no");
    } catch (WireTypeException notText) {
      // the session treats such an answer as naming no order
    }
    Either<DecodeFailure, Option<TransactionResult>> transaction =
        MessageDecoder.transaction(message, CurrencyScale.TWO);
    if (transaction.isLeft()) {
      return "wrong type in biz_data";
    }
    return transaction.get().isDefined() ? "transaction" : "no transaction";
  }
}
