package io.ecrhub.simulator;

import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.protocol.spi.Connection;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * For every order in progress: the connection it came on and the one plan that may settle it. A
 * timer that was set for a plan settles the order only while that plan is still the current one, so
 * that a person's decision replaces the automatic behaviour (or an earlier decision) instead of
 * racing it. An order leaves when it gets a final status.
 */
final class OrderPlans {

  /** What is going to happen to an order; compared by identity, never by its text. */
  static final class Plan {
    private final String description;
    private final Option<Instant> dueAt;

    Plan(String description, Option<Instant> dueAt) {
      this.description = Objects.requireNonNull(description, "description");
      this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    }

    String description() {
      return description;
    }

    Option<Instant> dueAt() {
      return dueAt;
    }
  }

  private record Tracked(Connection connection, Plan plan) {}

  private final ConcurrentMap<MerchantOrderNo, Tracked> orders = new ConcurrentHashMap<>();

  /** Tracks a newly taken order under {@code plan}. */
  Plan start(MerchantOrderNo number, Connection connection, Plan plan) {
    orders.put(number, new Tracked(connection, plan));
    return plan;
  }

  /** Makes {@code plan} the order's plan; none when the order is not tracked (not in progress). */
  Option<Plan> replace(MerchantOrderNo number, Plan plan) {
    Tracked now =
        orders.computeIfPresent(number, (key, tracked) -> new Tracked(tracked.connection(), plan));
    return now == null ? Option.none() : Option.some(plan);
  }

  boolean isCurrent(MerchantOrderNo number, Plan plan) {
    Tracked tracked = orders.get(number);
    return tracked != null && tracked.plan() == plan;
  }

  Option<Plan> plan(MerchantOrderNo number) {
    return Option.of(orders.get(number)).map(Tracked::plan);
  }

  Option<Connection> connection(MerchantOrderNo number) {
    return Option.of(orders.get(number)).map(Tracked::connection);
  }

  /** The order has a final status: nothing is planned for it any more. */
  void finish(MerchantOrderNo number) {
    orders.remove(number);
  }
}
