package io.ecrhub.it.reliability;

/**
 * The size and seed of a fault soak, from system properties so that a failing run can be repeated
 * and a long one started without a code change:
 *
 * <pre>
 * ./mvnw -o verify -pl ecr-it -Dtest=FaultSoakTest -Decr.soak.seed=42 -Decr.soak.orders=100000
 * </pre>
 *
 * @param seed decides every order's amount and every fault ({@code ecr.soak.seed})
 * @param orders how many orders the soak pays ({@code ecr.soak.orders}; CI: {@value #CI_ORDERS})
 * @param clients how many clients pay in parallel, each on its own connection ({@code
 *     ecr.soak.clients})
 */
record SoakSettings(long seed, int orders, int clients) {

  static final long DEFAULT_SEED = 20_240_611L;
  static final int CI_ORDERS = 3_000;
  static final int DEFAULT_CLIENTS = 8;

  SoakSettings {
    if (orders < 1) {
      throw new IllegalArgumentException("ecr.soak.orders must be positive, got " + orders);
    }
    if (clients < 1) {
      throw new IllegalArgumentException("ecr.soak.clients must be positive, got " + clients);
    }
  }

  static SoakSettings fromSystemProperties() {
    return new SoakSettings(
        Long.getLong("ecr.soak.seed", DEFAULT_SEED),
        Integer.getInteger("ecr.soak.orders", CI_ORDERS),
        Integer.getInteger("ecr.soak.clients", DEFAULT_CLIENTS));
  }

  /** The command-line flags that repeat this run. */
  String rerunFlags() {
    return "-Decr.soak.seed="
        + seed
        + " -Decr.soak.orders="
        + orders
        + " -Decr.soak.clients="
        + clients;
  }
}
