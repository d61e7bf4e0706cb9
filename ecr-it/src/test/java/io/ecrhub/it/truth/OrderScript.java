package io.ecrhub.it.truth;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the model terminal does with one merchant order number, drawn once from the soak's seed and
 * the number, so that a rerun with the same seed scripts every order the same way. The choices are
 * constrained by what the protocol's code table lets a terminal say: a refusal code only for an
 * order it does not charge, {@code 000} with a status only as its ledger stands.
 *
 * @param reception what happens to the pay.order frame on arrival
 * @param registrationDelay how long after arrival a received order is registered (zero: at once)
 * @param fate how a registered order ends
 * @param processing how long a registered order takes to end
 * @param earlyCode an answer sent at once while the order is still open (always with the order
 *     number, so that it can only ever answer this order), or null
 * @param finalCode the code the pay.order is finally answered with
 * @param finalBody what {@code biz_data} that answer carries; none only when it is the only answer
 *     the order gets (a second, different answer naming no order could not be told from the next
 *     order's by any client)
 * @param delivery how the final answer travels
 * @param binary whether answers to this order go in binary frames
 * @param fenceUnknown whether a close of this number, while the terminal does not know it, is
 *     acknowledged (and the number fenced) rather than answered 104
 * @param alteration how a charge that differs from the order differs
 */
record OrderScript(
    Reception reception,
    Duration registrationDelay,
    Fate fate,
    Duration processing,
    String earlyCode,
    String finalCode,
    Body finalBody,
    Delivery delivery,
    boolean binary,
    boolean fenceUnknown,
    Alteration alteration) {

  /** What becomes of the pay.order frame when it arrives. */
  enum Reception {
    /** Registered (now or after the registration delay). */
    REGISTER,
    /** Lost inside the terminal: as if the frame never came. */
    LOST,
    /** Refused at once with a refusal code; never registered. */
    REFUSE
  }

  /** How a registered order ends. */
  enum Fate {
    CHARGED_AS_SENT,
    CHARGED_OTHERWISE,
    CLOSED,
    /** Never ends: processing forever. */
    STUCK
  }

  /** What the final answer's {@code biz_data} holds. */
  enum Body {
    /** No biz_data: the answer names no order (the seed's terminal refusing an order). */
    NONE,
    /** Only the order number. */
    NUMBER,
    /** The transaction as the ledger has it, with its status. */
    TRANSACTION
  }

  /** How the final answer travels. */
  enum Delivery {
    NORMAL,
    /** Never sent. */
    LOST,
    /** Sent after a pause that holds back everything behind it on the connection (TCP order). */
    LATE,
    /** Sent twice, the same frame. */
    TWICE
  }

  /** How a charge differs from the order. */
  enum Alteration {
    AMOUNT,
    TYPE,
    TIP_ADDED,
    UNREADABLE_AMOUNT
  }

  /** Codes that refuse an order before any card is read. */
  static final List<String> REFUSALS =
      List.of("110", "111", "114", "115", "116", "117", "118", "119", "120", "121", "202");

  /** Codes that prove nothing about the money, each a terminal may send either way. */
  static final List<String> INCONCLUSIVE =
      List.of(
          "101", "102", "103", "105", "106", "107", "108", "109", "112", "201", "999", "555",
          "000");

  /** Answers sent at once, before the order ends; each carries the order number. */
  static final List<String> EARLY = List.of("101", "108", "109", "107", "999", "000", "555");

  static OrderScript draw(long seed, String number, boolean followUp) {
    // SplittableRandom mixes its seed: java.util.Random's first draws from near seeds are alike
    SplittableRandom random = new SplittableRandom(seed * 31 + number.hashCode());
    double receptionRoll = random.nextDouble();
    Reception reception =
        receptionRoll < 0.02
            ? Reception.LOST
            : receptionRoll < 0.10 ? Reception.REFUSE : Reception.REGISTER;
    Duration registrationDelay =
        random.nextDouble() < 0.7 ? Duration.ZERO : Duration.ofMillis(100 + random.nextInt(700));
    double fateRoll = random.nextDouble();
    Fate fate =
        fateRoll < 0.005
            ? Fate.STUCK
            : fateRoll < 0.08
                ? Fate.CHARGED_OTHERWISE
                : fateRoll < 0.40 ? Fate.CLOSED : Fate.CHARGED_AS_SENT;
    Duration processing =
        Duration.ofMillis(random.nextDouble() < 0.05 ? random.nextInt(1500) : random.nextInt(300));
    String earlyCode = random.nextDouble() < 0.2 ? pick(random, EARLY) : null;
    String finalCode;
    Body finalBody;
    if (reception == Reception.REFUSE) {
      finalCode = followUp && random.nextDouble() < 0.3 ? "104" : pick(random, REFUSALS);
      finalBody = random.nextBoolean() ? Body.NONE : Body.NUMBER;
    } else {
      double codeRoll = random.nextDouble();
      if (codeRoll < 0.5) {
        finalCode = "000";
        finalBody = Body.TRANSACTION;
      } else if (codeRoll < 0.7 && fate == Fate.CLOSED) {
        finalCode = followUp && random.nextBoolean() ? "104" : pick(random, REFUSALS);
        finalBody = pick(random, List.of(Body.values()));
      } else {
        finalCode = pick(random, INCONCLUSIVE);
        finalBody = pick(random, List.of(Body.values()));
      }
      if (earlyCode != null && finalBody == Body.NONE) {
        finalBody = Body.NUMBER;
      }
    }
    double deliveryRoll = random.nextDouble();
    Delivery delivery =
        deliveryRoll < 0.08
            ? Delivery.LOST
            : deliveryRoll < 0.16
                ? Delivery.LATE
                : deliveryRoll < 0.22 ? Delivery.TWICE : Delivery.NORMAL;
    boolean binary = random.nextDouble() < 0.3;
    boolean fenceUnknown = random.nextBoolean();
    Alteration alteration = Alteration.values()[random.nextInt(Alteration.values().length)];
    return new OrderScript(
        reception,
        registrationDelay,
        fate,
        processing,
        earlyCode,
        finalCode,
        finalBody,
        delivery,
        binary,
        fenceUnknown,
        alteration);
  }

  /** What the terminal charges instead of {@code sent}, for {@link Fate#CHARGED_OTHERWISE}. */
  SentFacts alter(SentFacts sent) {
    return switch (alteration) {
      case AMOUNT -> sent.withOrderAmount("0.01");
      case TYPE -> sent.withTransType(sent.transType().equals("3") ? "1" : "3");
      case TIP_ADDED -> sent.withTipAmount("500.00");
      case UNREADABLE_AMOUNT -> sent.withOrderAmount("1e999999");
    };
  }

  private static <T> T pick(SplittableRandom random, List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
