package io.ecrhub.app.api;

import io.ecrhub.app.events.ConnectionChange;
import io.ecrhub.app.events.ConnectionState;
import io.ecrhub.app.events.EcrClientListener;
import io.ecrhub.app.events.OrderSubmitted;
import io.ecrhub.app.events.OutcomeDecided;
import io.ecrhub.app.events.OutcomeSource;
import io.ecrhub.app.events.RecoveryEnded;
import io.ecrhub.app.events.RecoveryStarted;
import io.ecrhub.app.events.RecoveryTrigger;
import io.ecrhub.app.events.RoundTrip;
import io.ecrhub.app.events.UndecodableFrame;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.PaymentOrder;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.protocol.client.internal.LinkTransition;
import io.ecrhub.protocol.client.internal.SerialCallbacks;
import io.ecrhub.protocol.client.internal.SessionObserver;
import io.ecrhub.protocol.client.internal.TerminalLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one client's events to its listeners: one event at a time, in the order they were
 * published, on the publishing thread ({@link SerialCallbacks}); a listener that throws is logged
 * and the next one is told all the same. With no listener, publishing costs nothing.
 */
final class ClientEvents implements SessionObserver {

  private static final Logger LOG = LoggerFactory.getLogger(ClientEvents.class);

  private final String terminal;
  private final List<EcrClientListener> listeners;
  private final SerialCallbacks delivery = new SerialCallbacks();

  ClientEvents(URI terminal, List<EcrClientListener> listeners) {
    this.terminal = displayName(terminal);
    this.listeners = List.copyOf(listeners);
  }

  /** The terminal as events name it: its URI, with any user info replaced by {@code ***}. */
  String terminal() {
    return terminal;
  }

  @Override
  public void linkChanged(LinkTransition transition) {
    publish(
        listener ->
            listener.connectionChanged(
                new ConnectionChange(
                    terminal,
                    stateOf(transition.from()),
                    stateOf(transition.to()),
                    transition.reason(),
                    transition.failedAttempts(),
                    transition.reconnected())));
  }

  @Override
  public void undecodableFrame(String description) {
    publish(listener -> listener.undecodableFrame(new UndecodableFrame(terminal, description)));
  }

  void orderSubmitted(PaymentOrder order) {
    publish(listener -> listener.orderSubmitted(new OrderSubmitted(terminal, order)));
  }

  void outcomeDecided(
      Optional<MerchantOrderNo> number,
      PaymentOutcome outcome,
      OutcomeSource source,
      Optional<Duration> elapsed) {
    publish(
        listener ->
            listener.outcomeDecided(
                new OutcomeDecided(terminal, number, outcome, source, elapsed)));
  }

  void recoveryStarted(RecoveryTrigger trigger, List<MerchantOrderNo> orders) {
    publish(listener -> listener.recoveryStarted(new RecoveryStarted(terminal, trigger, orders)));
  }

  void recoveryEnded(
      RecoveryTrigger trigger, List<PaymentOutcome> outcomes, Optional<Throwable> failure) {
    publish(
        listener ->
            listener.recoveryEnded(new RecoveryEnded(terminal, trigger, outcomes, failure)));
  }

  void roundTrip(RoundTrip roundTrip) {
    publish(listener -> listener.roundTrip(roundTrip));
  }

  private void publish(Consumer<EcrClientListener> event) {
    if (listeners.isEmpty()) {
      return;
    }
    delivery.run(
        () -> {
          for (EcrClientListener listener : listeners) {
            try {
              event.accept(listener);
            } catch (RuntimeException failure) {
              LOG.warn("the client listener {} failed; the client goes on", listener, failure);
            }
          }
        });
  }

  static ConnectionState stateOf(TerminalLink.State state) {
    return switch (state) {
      case IDLE -> ConnectionState.IDLE;
      case CONNECTING -> ConnectionState.CONNECTING;
      case CONNECTED -> ConnectionState.CONNECTED;
      case WAITING_TO_RECONNECT -> ConnectionState.WAITING_TO_RECONNECT;
      case CLOSED -> ConnectionState.CLOSED;
    };
  }

  /** Credentials in a terminal URI ({@code ws://user:pass@…}) never reach a listener. */
  static String displayName(URI terminal) {
    if (terminal.getRawUserInfo() == null) {
      return terminal.toString();
    }
    try {
      return new URI(
              terminal.getScheme(),
              "***",
              terminal.getHost(),
              terminal.getPort(),
              terminal.getPath(),
              terminal.getQuery(),
              terminal.getFragment())
          .toString();
    } catch (URISyntaxException unexpected) {
      return terminal.getScheme() + "://***@" + terminal.getHost();
    }
  }
}
