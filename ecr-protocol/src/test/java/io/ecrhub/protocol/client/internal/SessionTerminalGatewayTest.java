package io.ecrhub.protocol.client.internal;

import static io.ecrhub.protocol.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.CurrencyScale;
import io.ecrhub.domain.model.MerchantOrderNo;
import io.ecrhub.domain.order.QueryRequest;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.domain.result.TransactionResult;
import io.ecrhub.protocol.client.JitteredBackoff;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.spi.ConnectOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway never hands an order a transaction that describes another order. */
class SessionTerminalGatewayTest {

  private final FakeTerminalTransport terminal = new FakeTerminalTransport();
  private final ScheduledExecutorService timer = Timers.newTimer();
  private final ClientSession session =
      new ClientSession(
          URI.create("fake://terminal"),
          terminal,
          ProtocolCodec.standard(),
          SessionOptions.of("my-app"),
          new LinkOptions(ConnectOptions.defaults(), JitteredBackoff.defaults(), Optional.empty()),
          timer,
          Clock.systemUTC());
  private final SessionTerminalGateway gateway =
      new SessionTerminalGateway(session, CurrencyScale.TWO);

  @AfterEach
  void tearDown() {
    session.close();
    timer.shutdownNow();
  }

  @Test
  void an_answer_echoing_the_request_id_but_describing_another_order_is_not_used()
      throws Exception {
    CompletableFuture<TerminalReply<TransactionResult>> a1 = query("A1", Duration.ofMillis(300));
    String id = object(terminal.nextSent()).getString("request_id");

    terminal.current().deliver(transactionAnswer(id, "Z9"));

    TerminalReply<TransactionResult> reply = a1.get(5, TimeUnit.SECONDS);
    boolean carriesZ9 =
        reply instanceof TerminalReply.Answered<TransactionResult> answered
            && answered.body().isDefined();
    assertThat(carriesZ9).as("Z9's transaction handed to order A1").isFalse();
  }

  @Test
  void an_answer_describing_the_requested_order_carries_its_transaction() throws Exception {
    CompletableFuture<TerminalReply<TransactionResult>> a1 = query("A1", Duration.ofSeconds(30));
    String id = object(terminal.nextSent()).getString("request_id");

    terminal.current().deliver(transactionAnswer(id, "A1"));

    TerminalReply.Answered<TransactionResult> answered =
        (TerminalReply.Answered<TransactionResult>) a1.get(5, TimeUnit.SECONDS);
    assertThat(answered.body().map(TransactionResult::merchantOrderNo))
        .containsExactly(new MerchantOrderNo("A1"));
  }

  private CompletableFuture<TerminalReply<TransactionResult>> query(String number, Duration wait) {
    return gateway.query(new QueryRequest(new MerchantOrderNo(number)), wait).toCompletableFuture();
  }

  private static String transactionAnswer(String requestId, String number) {
    return "{\"topic\":\"ecrhub.pay.query\",\"request_id\":\""
        + requestId
        + "\",\"response_code\":\"000\",\"biz_data\":{\"merchant_order_no\":\""
        + number
        + "\",\"trans_status\":\"2\"}}";
  }
}
