package io.ecrhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.app.events.EcrClientListener;
import io.ecrhub.app.events.OrderSubmitted;
import io.ecrhub.app.events.OutcomeDecided;
import io.ecrhub.app.events.OutcomeSource;
import io.ecrhub.app.events.RecoveryEnded;
import io.ecrhub.app.events.RecoveryStarted;
import io.ecrhub.app.events.RecoveryTrigger;
import io.ecrhub.app.events.UndecodableFrame;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.PaymentOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** How a client's events reach its listeners: in order, one at a time, whatever a listener does. */
class ClientEventsTest {

  private static final URI TERMINAL = URI.create("ws://127.0.0.1:35779");

  private final List<String> heard = new CopyOnWriteArrayList<>();

  @Test
  void every_listener_hears_every_event_in_the_order_it_was_published() {
    ClientEvents events =
        new ClientEvents(TERMINAL, List.of(recorder("first"), recorder("second")));

    events.orderSubmitted(OrderDraft.sale().merchantOrderNo("E1").orderAmount("1.00").build());
    events.undecodableFrame("NOT_JSON");

    assertThat(heard)
        .containsExactly(
            "first submitted E1",
            "second submitted E1",
            "first undecodable NOT_JSON",
            "second undecodable NOT_JSON");
  }

  @Test
  void an_event_published_from_inside_a_listener_follows_the_current_one_instead_of_nesting() {
    List<ClientEvents> self = new CopyOnWriteArrayList<>();
    EcrClientListener republishing =
        new EcrClientListener() {
          @Override
          public void orderSubmitted(OrderSubmitted submitted) {
            heard.add("start " + submitted.order().merchantOrderNo());
            self.get(0).undecodableFrame("published inside");
            heard.add("end " + submitted.order().merchantOrderNo());
          }

          @Override
          public void undecodableFrame(UndecodableFrame frame) {
            heard.add("undecodable " + frame.description());
          }
        };
    ClientEvents events = new ClientEvents(TERMINAL, List.of(republishing));
    self.add(events);

    events.orderSubmitted(OrderDraft.sale().merchantOrderNo("E2").orderAmount("1.00").build());

    assertThat(heard).containsExactly("start E2", "end E2", "undecodable published inside");
  }

  @Test
  void a_listener_that_throws_is_logged_and_the_other_listeners_still_hear_the_event() {
    EcrClientListener broken =
        new EcrClientListener() {
          @Override
          public void recoveryEnded(RecoveryEnded ended) {
            throw new IllegalStateException("a broken screen");
          }
        };
    ClientEvents events = new ClientEvents(TERMINAL, List.of(broken, recorder("after")));

    try (LogCapture log = LogCapture.of(ClientEvents.class.getName())) {
      events.recoveryEnded(RecoveryTrigger.CONNECT, List.of(), Optional.empty());

      assertThat(heard).containsExactly("after recovery ended, 0 outcomes");
      assertThat(log.events())
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.getFormattedMessage()).contains("failed; the client goes on");
                assertThat(line.getThrowableProxy().getMessage()).isEqualTo("a broken screen");
              });
    }
  }

  @Test
  void credentials_in_the_terminal_uri_never_reach_a_listener() {
    ClientEvents events =
        new ClientEvents(URI.create("wss://pos:s3cret@10.0.0.7:35779/ecr"), List.of());

    assertThat(events.terminal())
        .isEqualTo("wss://***@10.0.0.7:35779/ecr")
        .doesNotContain("s3cret");
    assertThat(new ClientEvents(TERMINAL, List.of()).terminal()).isEqualTo("ws://127.0.0.1:35779");
  }

  @Test
  void events_carry_what_a_pos_shows() {
    List<Object> seen = new CopyOnWriteArrayList<>();
    ClientEvents events =
        new ClientEvents(
            TERMINAL,
            List.of(
                new EcrClientListener() {
                  @Override
                  public void outcomeDecided(OutcomeDecided decided) {
                    seen.add(decided);
                  }

                  @Override
                  public void recoveryStarted(RecoveryStarted started) {
                    seen.add(started);
                  }
                }));
    PaymentOutcome notSent =
        new PaymentOutcome.NotSent(
            new MerchantOrderNo("E3"), NotSentReason.UNREACHABLE, "no connection");

    events.recoveryStarted(RecoveryTrigger.REQUESTED, List.of(new MerchantOrderNo("E3")));
    events.outcomeDecided(
        Optional.of(new MerchantOrderNo("E3")),
        notSent,
        OutcomeSource.RECOVERED,
        Optional.of(Duration.ofMillis(5)));

    assertThat(seen)
        .containsExactly(
            new RecoveryStarted(
                "ws://127.0.0.1:35779",
                RecoveryTrigger.REQUESTED,
                List.of(new MerchantOrderNo("E3"))),
            new OutcomeDecided(
                "ws://127.0.0.1:35779",
                Optional.of(new MerchantOrderNo("E3")),
                notSent,
                OutcomeSource.RECOVERED,
                Optional.of(Duration.ofMillis(5))));
  }

  private EcrClientListener recorder(String name) {
    return new EcrClientListener() {
      @Override
      public void orderSubmitted(OrderSubmitted submitted) {
        heard.add(name + " submitted " + submitted.order().merchantOrderNo());
      }

      @Override
      public void undecodableFrame(UndecodableFrame frame) {
        heard.add(name + " undecodable " + frame.description());
      }

      @Override
      public void recoveryEnded(RecoveryEnded ended) {
        heard.add(name + " recovery ended, " + ended.outcomes().size() + " outcomes");
      }
    };
  }
}
