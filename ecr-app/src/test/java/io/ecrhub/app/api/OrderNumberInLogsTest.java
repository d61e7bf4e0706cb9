package io.ecrhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.ecrhub.domain.journal.InMemoryOrderJournal;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.OrderDraft;
import io.ecrhub.domain.payment.Backoff;
import io.ecrhub.domain.port.JournalEntry;
import io.ecrhub.domain.result.PaymentOutcome;
import io.ecrhub.protocol.client.internal.OrderLogContext;
import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.loopback.LoopbackNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Where the session and the client log about an order, the line carries the order's merchant number
 * in the SLF4J MDC under {@code merchant_order_no}; lines about no order carry none.
 */
class OrderNumberInLogsTest {

  private static final String APP_ID = "mdc";

  @Test
  void lines_about_an_order_carry_its_number_in_the_mdc_and_other_lines_carry_none()
      throws Exception {
    InMemoryOrderJournal journal = new InMemoryOrderJournal();
    try (LogCapture log = LogCapture.of("io.ecrhub");
        LoopbackNetwork network = new LoopbackNetwork();
        TerminalSimulator simulator =
            TerminalSimulator.start(
                network.newTransport(),
                SimulatorOptions.defaults()
                    .withAppId(APP_ID)
                    .withApproveDelay(Duration.ofMillis(600)))) {
      leftSentByACrash(journal, simulator.address().toString(), "MDC0");
      try (EcrClient client =
          EcrClient.builder()
              .terminal(simulator.address())
              .appId(APP_ID)
              .transport(network.newTransport())
              .journal(journal)
              .replyTimeout(Duration.ofMillis(200))
              .queryTimeout(Duration.ofSeconds(2))
              .recoveryDeadline(Duration.ofSeconds(3))
              .recoveryBackoff(new Backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(400)))
              .build()) {
        client.connect().join();

        PaymentOutcome outcome =
            client.submit(OrderDraft.sale().merchantOrderNo("MDC1").orderAmount("2.00"));

        assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
        Awaitility.await("the recovery at connect and the late answer to MDC1 are logged")
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    linesMentioning(log.events(), "recovered after start").size() == 1
                        && linesMentioning(log.events(), "late reply").size() == 1);
      }

      List<ILoggingEvent> ours =
          log.events().stream()
              .filter(
                  line ->
                      line.getLoggerName().startsWith("io.ecrhub.protocol.client")
                          || line.getLoggerName().startsWith("io.ecrhub.app"))
              .toList();
      assertThat(linesMentioning(ours, "late reply"))
          .singleElement()
          .satisfies(line -> assertThat(numberOf(line)).isEqualTo("MDC1"));
      assertThat(linesMentioning(ours, "recovered after start"))
          .singleElement()
          .satisfies(line -> assertThat(numberOf(line)).isEqualTo("MDC0"));
      assertThat(linesMentioning(ours, " sent on "))
          .as("each request sent, at debug")
          .extracting(OrderNumberInLogsTest::numberOf)
          .contains("MDC0", "MDC1")
          .doesNotContainNull();
      assertThat(linesMentioning(ours, "connected to "))
          .as("a line about no order carries no number")
          .isNotEmpty()
          .allSatisfy(line -> assertThat(numberOf(line)).isNull());
    }
  }

  private static void leftSentByACrash(InMemoryOrderJournal journal, String terminal, String no) {
    Instant before = Instant.now().minusSeconds(60);
    journal.recordPending(
        JournalEntry.pending(
            journal.writer(),
            terminal,
            OrderDraft.sale().merchantOrderNo(no).orderAmount("1.00").build(),
            before));
    journal.markSent(new MerchantOrderNo(no), before);
  }

  private static List<ILoggingEvent> linesMentioning(List<ILoggingEvent> lines, String text) {
    return lines.stream().filter(line -> line.getFormattedMessage().contains(text)).toList();
  }

  private static String numberOf(ILoggingEvent line) {
    return line.getMDCPropertyMap().get(OrderLogContext.KEY);
  }
}
