package io.ecrhub.metrics.micrometer;

import io.ecrhub.app.events.ConnectionState;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the gauges of one terminal read: its connection state and the orders without a known
 * outcome. The set holds only orders that are unfinished right now, so it stays as small as the
 * journal's unfinished orders.
 */
final class TerminalGauges {

  private final AtomicReference<ConnectionState> state =
      new AtomicReference<>(ConnectionState.IDLE);
  private final Set<MerchantOrderNo> unfinished = ConcurrentHashMap.newKeySet();

  /** Submissions of a number that was unfinished already, not yet decided; usually empty. */
  private final ConcurrentMap<MerchantOrderNo, Integer> resubmissions = new ConcurrentHashMap<>();

  private TerminalGauges() {}

  static TerminalGauges register(MeterRegistry registry, String terminalTag, String terminal) {
    TerminalGauges gauges = new TerminalGauges();
    Gauge.builder(EcrMetrics.CONNECTED, gauges, g -> g.state.get().isConnected() ? 1 : 0)
        .description("1 while connected to the terminal, else 0")
        .tag(terminalTag, terminal)
        .strongReference(true)
        .register(registry);
    for (ConnectionState each : ConnectionState.values()) {
      Gauge.builder(EcrMetrics.CONNECTION_STATE, gauges, g -> g.state.get() == each ? 1 : 0)
          .description("1 for the connection's current state, 0 for the others")
          .tag(terminalTag, terminal)
          .tag("state", EcrMetrics.lower(each.name()))
          .strongReference(true)
          .register(registry);
    }
    Gauge.builder(EcrMetrics.UNFINISHED_ORDERS, gauges, g -> g.unfinished.size())
        .description("orders without a known outcome")
        .tag(terminalTag, terminal)
        .strongReference(true)
        .register(registry);
    return gauges;
  }

  void state(ConnectionState current) {
    state.set(current);
  }

  void unfinished(MerchantOrderNo number) {
    unfinished.add(number);
  }

  /**
   * A submission of {@code number}; when the number is already unfinished (still open, or left
   * unknown in the journal), the submission is remembered as a re-submission until it is decided.
   */
  void submitted(MerchantOrderNo number) {
    if (!unfinished.add(number)) {
      resubmissions.merge(number, 1, Integer::sum);
    }
  }

  /**
   * Forgets one re-submission of {@code number}.
   *
   * @return whether there was one
   */
  boolean takeResubmission(MerchantOrderNo number) {
    boolean[] taken = {false};
    resubmissions.computeIfPresent(
        number,
        (same, count) -> {
          taken[0] = true;
          return count == 1 ? null : count - 1;
        });
    return taken[0];
  }

  void finished(MerchantOrderNo number) {
    unfinished.remove(number);
  }
}
