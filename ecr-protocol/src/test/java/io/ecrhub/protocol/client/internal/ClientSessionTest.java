package io.ecrhub.protocol.client.internal;

import static io.ecrhub.protocol.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.result.NoAnswerReason;
import io.ecrhub.domain.result.NotSentReason;
import io.ecrhub.domain.result.TerminalReply;
import io.ecrhub.protocol.client.JitteredBackoff;
import io.ecrhub.protocol.client.KeepAlive;
import io.ecrhub.protocol.client.Timers;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.codec.WireObject;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.topic.Topic;
import io.ecrhub.protocol.wire.OrderNumberData;
import io.vavr.control.Option;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientSessionTest {

  private static final Duration LONG = Duration.ofSeconds(30);

  /** The seed's terminal refusing an order: no request id, no biz_data, no order number. */
  private static final String BARE_121 =
      "{\"topic\":\"ecrhub.pay.query\",\"app_id\":\"my-app\",\"response_code\":\"121\","
          + "\"response_msg\":\"incorrect amount format\"}";

  private final FakeTerminalTransport terminal = new FakeTerminalTransport();
  private final ScheduledExecutorService timer = Timers.newTimer();
  private final ClientSession session = session(Optional.empty());

  @AfterEach
  void tearDown() {
    session.close();
    timer.shutdownNow();
  }

  @Test
  void a_request_carries_topic_timestamp_app_id_and_a_request_id() throws Exception {
    query("A1", LONG);

    JsonObject frame = object(terminal.nextSent());

    assertThat(frame.getString("topic")).isEqualTo("ecrhub.pay.query");
    assertThat(frame.getString("app_id")).isEqualTo("my-app");
    assertThat(frame.getString("timestamp")).isEqualTo("1700000000000");
    assertThat(frame.getString("request_id")).isNotBlank();
    assertThat(frame.getJsonObject("biz_data").getString("merchant_order_no")).isEqualTo("A1");
  }

  @Test
  void a_reply_echoing_the_request_id_completes_that_request() throws Exception {
    CompletableFuture<TerminalReply<WireObject>> first = query("A1", LONG);
    String firstId = object(terminal.nextSent()).getString("request_id");
    CompletableFuture<TerminalReply<WireObject>> second = query("A1", LONG);
    terminal.nextSent();

    terminal.current().deliver(reply("ecrhub.pay.query", Option.some(firstId), "A1", "000"));

    assertThat(first).isCompleted();
    assertThat(second).isNotCompleted();
    assertThat(answered(first).code().code()).isEqualTo("000");
  }

  @Test
  void a_reply_without_request_id_is_matched_by_topic_and_order_number() throws Exception {
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    CompletableFuture<TerminalReply<WireObject>> b2 = query("B2", LONG);
    terminal.nextSent();
    terminal.nextSent();

    terminal.current().deliver(reply("ecrhub.pay.query", Option.none(), "B2", "104"));

    assertThat(b2).isCompleted();
    assertThat(answered(b2).code().code()).isEqualTo("104");
    assertThat(a1).isNotCompleted();
  }

  @Test
  void a_reply_for_another_order_never_completes_the_wrong_request() throws Exception {
    // a timeout longer than any machine's pause: the three replies must all find A1 still waiting
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    String id = object(terminal.nextSent()).getString("request_id");

    terminal.current().deliver(reply("ecrhub.pay.query", Option.none(), "Z9", "000"));
    terminal.current().deliver(reply("ecrhub.pay.query", Option.some(id), "Z9", "000"));
    terminal.current().deliver(reply("ecrhub.pay.close", Option.none(), "A1", "000"));

    assertThat(session.stats().unmatchedReplies()).isEqualTo(3);
    assertThat(a1).isNotCompleted();
  }

  @Test
  void a_reply_naming_neither_request_id_nor_order_answers_the_one_request_of_its_topic()
      throws Exception {
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    terminal.nextSent();

    terminal.current().deliver(BARE_121);

    assertThat(answered(a1).code().code()).isEqualTo("121");
    assertThat(answered(a1).body()).isEmpty();
    assertThat(session.stats().repliesMatched()).isEqualTo(1);
  }

  @Test
  void a_reply_naming_neither_is_dropped_when_two_requests_of_its_topic_could_own_it()
      throws Exception {
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    CompletableFuture<TerminalReply<WireObject>> b2 = query("B2", LONG);
    terminal.nextSent();
    terminal.nextSent();

    terminal.current().deliver(BARE_121);

    assertThat(a1).isNotCompleted();
    assertThat(b2).isNotCompleted();
    assertThat(session.stats().unmatchedReplies()).isEqualTo(1);
  }

  @Test
  void a_reply_naming_neither_is_dropped_while_a_timed_out_request_could_still_own_it()
      throws Exception {
    // the doubt lasts twice the timeout after expiry: a second here, so that a slow machine
    // between the expiry and the delivery below cannot close the window (100 ms once did)
    CompletableFuture<TerminalReply<WireObject>> expired = query("A1", Duration.ofMillis(500));
    terminal.nextSent();
    assertThat(expired.get(10, TimeUnit.SECONDS)).isInstanceOf(TerminalReply.NoAnswer.class);
    CompletableFuture<TerminalReply<WireObject>> b2 = query("B2", LONG);
    terminal.nextSent();

    terminal.current().deliver(BARE_121);

    assertThat(b2).isNotCompleted();
    assertThat(session.stats().unmatchedReplies()).isEqualTo(1);
  }

  @Test
  void a_repeated_reply_naming_neither_is_not_taken_as_the_answer_to_the_next_request()
      throws Exception {
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    terminal.nextSent();
    terminal.current().deliver(BARE_121);
    assertThat(answered(a1).code().code()).isEqualTo("121");
    CompletableFuture<TerminalReply<WireObject>> b2 = query("B2", LONG);
    terminal.nextSent();

    terminal.current().deliver(BARE_121);

    assertThat(b2).isNotCompleted();
    assertThat(session.stats().lateReplies()).isEqualTo(1);
  }

  @Test
  void a_reply_naming_a_request_id_that_is_not_ours_is_never_taken_as_anonymous() throws Exception {
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    terminal.nextSent();

    terminal
        .current()
        .deliver(
            "{\"topic\":\"ecrhub.pay.query\",\"request_id\":\"someone-else\","
                + "\"response_code\":\"121\"}");

    assertThat(a1).isNotCompleted();
  }

  @Test
  void a_request_whose_before_send_step_fails_is_not_sent() throws Exception {
    CompletableFuture<TerminalReply<WireObject>> refused =
        session
            .request(
                Topic.PAY_QUERY,
                new OrderNumberData("A1"),
                Option.some("A1"),
                LONG,
                () -> {
                  throw new IllegalStateException("journal is read-only");
                })
            .toCompletableFuture();

    TerminalReply.NotSent<WireObject> notSent =
        (TerminalReply.NotSent<WireObject>) refused.get(5, TimeUnit.SECONDS);
    assertThat(notSent.reason()).isEqualTo(NotSentReason.JOURNAL_UNAVAILABLE);
    assertThat(notSent.detail()).contains("journal is read-only");
    assertThat(session.stats().requestsSent()).isZero();
  }

  @Test
  void garbage_and_late_replies_are_counted_and_the_session_keeps_working() throws Exception {
    CompletableFuture<TerminalReply<WireObject>> early = query("A1", Duration.ofMillis(100));
    String earlyId = object(terminal.nextSent()).getString("request_id");
    assertThat(early.get(5, TimeUnit.SECONDS)).isInstanceOf(TerminalReply.NoAnswer.class);

    terminal.current().deliver("not json at all");
    terminal.current().deliver(reply("ecrhub.pay.query", Option.some(earlyId), "A1", "000"));
    CompletableFuture<TerminalReply<WireObject>> next = query("A1", LONG);
    String nextId = object(terminal.nextSent()).getString("request_id");
    terminal.current().deliver(reply("ecrhub.pay.query", Option.some(nextId), "A1", "000"));

    assertThat(answered(next).code().isSuccess()).isTrue();
    SessionStats stats = session.stats();
    assertThat(stats.undecodableFrames()).isEqualTo(1);
    assertThat(stats.lateReplies()).isEqualTo(1);
    assertThat(stats.timeouts()).isEqualTo(1);
    assertThat(stats.repliesMatched()).isEqualTo(1);
  }

  @Test
  void a_reply_in_a_binary_frame_completes_its_request_and_bytes_that_are_not_utf8_are_undecodable()
      throws Exception {
    CompletableFuture<TerminalReply<WireObject>> pending = query("B1", LONG);
    String requestId = object(terminal.nextSent()).getString("request_id");

    terminal.current().deliverBinary(new byte[] {(byte) 0xFF, (byte) 0xFE, '{'});
    terminal
        .current()
        .deliverBinary(
            reply("ecrhub.pay.query", Option.some(requestId), "B1", "000")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(answered(pending).code().isSuccess()).isTrue();
    assertThat(session.stats().undecodableFrames()).isEqualTo(1);
    assertThat(session.stats().repliesMatched()).isEqualTo(1);
  }

  @Test
  void a_lost_connection_ends_the_waiting_request_without_an_answer() throws Exception {
    CompletableFuture<TerminalReply<WireObject>> a1 = query("A1", LONG);
    terminal.nextSent();

    terminal.current().drop();

    TerminalReply.NoAnswer<WireObject> outcome =
        (TerminalReply.NoAnswer<WireObject>) a1.get(5, TimeUnit.SECONDS);
    assertThat(outcome.reason()).isEqualTo(NoAnswerReason.CONNECTION_LOST);
  }

  @Test
  void after_a_drop_the_link_reconnects_and_the_next_request_goes_out_on_the_new_connection()
      throws Exception {
    query("A1", LONG);
    terminal.nextSent();
    terminal.current().drop();

    CompletableFuture<TerminalReply<WireObject>> again = query("A1", LONG);
    String id = object(terminal.nextSent()).getString("request_id");
    terminal.current().deliver(reply("ecrhub.pay.query", Option.some(id), "A1", "000"));

    assertThat(answered(again).code().isSuccess()).isTrue();
    assertThat(terminal.connections).hasSize(2);
  }

  @Test
  void an_unreachable_terminal_means_not_sent() throws Exception {
    terminal.reachable = false;
    ClientSession unreachable =
        new ClientSession(
            URI.create("fake://terminal"),
            terminal,
            ProtocolCodec.standard(),
            new SessionOptions("my-app", Duration.ofMillis(300)),
            LinkOptions.defaults(),
            timer,
            Clock.systemUTC());

    TerminalReply<WireObject> outcome =
        unreachable
            .request(Topic.PAY_QUERY, new OrderNumberData("A1"), Option.some("A1"), LONG)
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);

    assertThat(((TerminalReply.NotSent<WireObject>) outcome).reason())
        .isEqualTo(NotSentReason.UNREACHABLE);
    assertThat(terminal.sent).isEmpty();
    unreachable.close();
  }

  @Test
  void a_request_after_the_timer_is_shut_down_ends_not_sent_and_sends_nothing() throws Exception {
    ScheduledExecutorService ownTimer = Timers.newTimer();
    ClientSession stranded =
        new ClientSession(
            URI.create("fake://terminal"),
            terminal,
            ProtocolCodec.standard(),
            SessionOptions.of("my-app"),
            LinkOptions.defaults(),
            ownTimer,
            Clock.systemUTC());
    stranded.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    ownTimer.shutdownNow();

    TerminalReply<WireObject> outcome =
        stranded
            .request(Topic.PAY_QUERY, new OrderNumberData("A1"), Option.some("A1"), LONG)
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);

    assertThat(((TerminalReply.NotSent<WireObject>) outcome).reason())
        .isEqualTo(NotSentReason.CLIENT_CLOSED);
    assertThat(terminal.sent).isEmpty();
    stranded.close();
  }

  @Test
  void without_transport_ping_the_keep_alive_sends_heartbeats_and_drops_a_silent_terminal()
      throws Exception {
    ClientSession watched =
        session(Optional.of(new KeepAlive(Duration.ofMillis(50), Duration.ofMillis(200))));
    watched.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);

    JsonObject heartbeat = object(terminal.nextSent());

    assertThat(heartbeat.getString("topic")).isEqualTo("ecrhub.heartbeat");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (terminal.connections.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(terminal.connections.size())
        .as("reconnected after silence")
        .isGreaterThanOrEqualTo(2);
    assertThat(terminal.connections.get(0).isOpen()).isFalse();
    watched.close();
  }

  @Test
  void a_request_after_the_timer_is_shut_down_ends_not_sent_instead_of_throwing() throws Exception {
    timer.shutdownNow();

    CompletableFuture<TerminalReply<WireObject>> first = query("A1", LONG);
    CompletableFuture<TerminalReply<WireObject>> second = query("B2", LONG);

    assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(TerminalReply.NotSent.class);
    assertThat(((TerminalReply.NotSent<WireObject>) second.get(5, TimeUnit.SECONDS)).reason())
        .isEqualTo(NotSentReason.UNREACHABLE);
    assertThat(session.linkState())
        .as("no attempt left hanging without a deadline")
        .isEqualTo(TerminalLink.State.IDLE);
  }

  private ClientSession session(Optional<KeepAlive> keepAlive) {
    return new ClientSession(
        URI.create("fake://terminal"),
        terminal,
        ProtocolCodec.standard(),
        SessionOptions.of("my-app"),
        new LinkOptions(ConnectOptions.defaults(), JitteredBackoff.defaults(), keepAlive),
        timer,
        Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC));
  }

  private CompletableFuture<TerminalReply<WireObject>> query(String orderNo, Duration timeout) {
    return session
        .request(Topic.PAY_QUERY, new OrderNumberData(orderNo), Option.some(orderNo), timeout)
        .toCompletableFuture();
  }

  private static TerminalReply.Answered<WireObject> answered(
      CompletableFuture<TerminalReply<WireObject>> reply) throws Exception {
    return (TerminalReply.Answered<WireObject>) reply.get(5, TimeUnit.SECONDS);
  }

  private static String reply(String topic, Option<String> requestId, String orderNo, String code) {
    return "{\"topic\":\""
        + topic
        + "\","
        + requestId.map(id -> "\"request_id\":\"" + id + "\",").getOrElse("")
        + "\"response_code\":\""
        + code
        + "\",\"biz_data\":{\"merchant_order_no\":\""
        + orderNo
        + "\",\"trans_status\":\"2\"}}";
  }
}
