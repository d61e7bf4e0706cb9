package io.ecrhub.cli.option;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes up a merchant order number when {@code --order-no} is not given: {@code ECR}, the local
 * time to the second and six random letters or digits (no 0/O, 1/I) — 21 characters within the
 * protocol's 32 alphanumerics, readable on a receipt, sortable by time, and with a billion choices
 * per second so that two tills do not collide.
 */
public final class OrderNumbers {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");

  private OrderNumbers() {}

  /**
   * A new order number for an order made {@code now}.
   *
   * @param now the local time to put in the number
   * @return {@code ECR}, {@code yyMMddHHmmss} and six random characters
   */
  public static String next(LocalDateTime now) {
    StringBuilder number = new StringBuilder("ECR").append(TIME.format(now));
    for (int i = 0; i < 6; i++) {
      number.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
    }
    return number.toString();
  }
}
