package io.ecrhub.it.truth;

import io.ecrhub.it.truth.OrderScript.Body;
import io.ecrhub.it.truth.TruthLedger.Entry;
import io.ecrhub.it.truth.TruthLedger.Record;
import io.ecrhub.protocol.spi.CloseCodes;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionAcceptor;
import io.ecrhub.protocol.spi.ConnectionListener;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A terminal modelled on the protocol's code table, with its own ledger as the ground truth. For
 * each order number it follows the {@link OrderScript} drawn from the seed: it answers with every
 * code of the table (refusals only for orders it does not charge), with and without {@code
 * biz_data} and {@code request_id}, in text or binary frames, late, twice or not at all; it
 * registers orders late, charges some differently from the order, keeps some processing forever,
 * drops connections, accepts or refuses closes of numbers it does not know, and misbehaves on
 * queries and closes — but answers at least every fourth query and every third close honestly, so
 * that whatever its ledger decided can be learned before the client's recovery deadline.
 */
final class LedgerTerminal implements ConnectionAcceptor {

  private final long seed;
  private final Duration replyTimeout;
  private final ScheduledExecutorService scheduler;
  private final TruthLedger ledger = new TruthLedger();
  private final TruthStats stats = new TruthStats();
  private final Map<String, OrderScript> scripts = new ConcurrentHashMap<>();
  private final Map<String, Session> orderSessions = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> queriesByNumber = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> closesByNumber = new ConcurrentHashMap<>();
  private final AtomicInteger connections = new AtomicInteger();

  LedgerTerminal(long seed, Duration replyTimeout, ScheduledExecutorService scheduler) {
    this.seed = seed;
    this.replyTimeout = replyTimeout;
    this.scheduler = scheduler;
  }

  TruthLedger ledger() {
    return ledger;
  }

  TruthStats stats() {
    return stats;
  }

  @Override
  public ConnectionListener accept(Connection connection) {
    int index = connections.incrementAndGet();
    SplittableRandom random = new SplittableRandom(seed * 17 + index);
    boolean echoesRequestId = random.nextBoolean();
    stats.count(echoesRequestId ? "connections echoing request_id" : "connections without it");
    return new Session(connection, new Outbound(connection, scheduler), echoesRequestId, random);
  }

  /** One POS connection. */
  private final class Session implements ConnectionListener {
    private final Connection connection;
    private final Outbound outbound;
    private final boolean echoesRequestId;
    private final SplittableRandom drops;

    Session(
        Connection connection, Outbound outbound, boolean echoesRequestId, SplittableRandom drops) {
      this.connection = connection;
      this.outbound = outbound;
      this.echoesRequestId = echoesRequestId;
      this.drops = drops;
    }

    @Override
    public void onText(Connection connection, String text) {
      JsonObject request;
      try (JsonReader reader = Json.createReader(new StringReader(text))) {
        request = reader.readObject();
      }
      String topic = request.getString("topic", "");
      switch (topic) {
        case "ecrhub.pay.order" -> payOrder(request);
        case "ecrhub.pay.query" -> query(request);
        case "ecrhub.pay.close" -> close(request);
        default -> {
          // heartbeats and anything else need no answer from this model
        }
      }
    }

    @Override
    public void onClose(Connection connection, int code, String reason) {}

    private void payOrder(JsonObject request) {
      SentFacts sent = SentFacts.fromRequest(request.getJsonObject("biz_data"));
      String number = sent.merchantOrderNo();
      OrderScript script =
          scripts.computeIfAbsent(
              number, n -> OrderScript.draw(seed, n, sent.origMerchantOrderNo() != null));
      Optional<Entry> earlier = ledger.receive(sent);
      if (earlier.isPresent()) {
        numberTaken(request, earlier.get(), script);
        return;
      }
      orderSessions.put(number, this);
      switch (script.reception()) {
        case LOST -> stats.count("pay.order lost inside the terminal");
        case REFUSE -> {
          ledger.refuse(number);
          stats.count("refused at once");
          deliverFinal(request, script, sent, Record.REFUSED);
        }
        case REGISTER -> register(request, script, sent);
      }
      maybeDropConnection(0.02);
    }

    private void register(JsonObject request, OrderScript script, SentFacts sent) {
      String number = sent.merchantOrderNo();
      ledger.awaitRegistration(number);
      if (script.earlyCode() != null) {
        stats.count("early answers");
        JsonObjectBuilder body = Json.createObjectBuilder().add("merchant_order_no", number);
        if (script.earlyCode().equals("000")) {
          body = sent.toWire().add("trans_status", "0");
        }
        send(request, script.earlyCode(), Optional.of(body), script.binary(), 0);
      }
      if (!script.registrationDelay().isZero()) {
        stats.count("registered late");
      }
      later(
          script.registrationDelay(),
          () -> {
            if (!ledger.register(number)) {
              stats.count("registration refused: number fenced first");
              return;
            }
            later(script.processing(), () -> decide(request, script, sent));
          });
    }

    private void decide(JsonObject request, OrderScript script, SentFacts sent) {
      String number = sent.merchantOrderNo();
      boolean decided =
          switch (script.fate()) {
            case CHARGED_AS_SENT -> ledger.complete(number, sent);
            case CHARGED_OTHERWISE -> {
              stats.count("charged otherwise: " + script.alteration());
              yield ledger.complete(number, script.alter(sent));
            }
            case CLOSED -> ledger.closeUnpaid(number);
            case STUCK -> {
              stats.count("stuck processing");
              yield false;
            }
          };
      if (decided) {
        Record record = ledger.find(number).map(entry -> entry.record).orElse(Record.NONE);
        deliverFinal(request, script, sent, record);
      }
    }

    /** The final answer to a pay.order, as the script says it travels. */
    private void deliverFinal(
        JsonObject request, OrderScript script, SentFacts sent, Record record) {
      String number = sent.merchantOrderNo();
      Optional<JsonObjectBuilder> body =
          switch (script.finalBody()) {
            case NONE -> Optional.empty();
            case NUMBER -> Optional.of(Json.createObjectBuilder().add("merchant_order_no", number));
            case TRANSACTION -> Optional.of(transaction(number));
          };
      if (script.finalBody() == Body.NONE && !echoesRequestId) {
        stats.count("answers naming no order");
      }
      stats.count("final answer " + script.delivery());
      switch (script.delivery()) {
        case LOST -> {}
        case NORMAL -> send(request, script.finalCode(), body, script.binary(), 0);
        case LATE ->
            send(
                request,
                script.finalCode(),
                body,
                script.binary(),
                replyTimeout.toMillis() / 2
                    + new SplittableRandom(seed + number.hashCode()).nextInt(200));
        case TWICE -> {
          String frame = frame(request, script.finalCode(), body);
          outbound.send(frame, script.binary(), 0);
          outbound.send(frame, script.binary(), 0);
        }
      }
    }

    private void numberTaken(JsonObject request, Entry existing, OrderScript script) {
      stats.count(existing.foreign ? "113 for another till's number" : "113 for a repeated frame");
      Optional<JsonObjectBuilder> body =
          switch (script.finalBody()) {
            case NONE -> Optional.empty();
            case NUMBER ->
                Optional.of(Json.createObjectBuilder().add("merchant_order_no", existing.number));
            case TRANSACTION -> Optional.of(transaction(existing.number));
          };
      send(request, "113", body, script.binary(), 0);
    }

    private void query(JsonObject request) {
      String number = request.getJsonObject("biz_data").getString("merchant_order_no");
      int nth = queriesByNumber.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
      SplittableRandom random = new SplittableRandom(seed * 7 + number.hashCode() * 31L + nth);
      boolean binary = random.nextDouble() < 0.3;
      if (nth % 4 != 0 && random.nextDouble() < 0.25) {
        switch (random.nextInt(3)) {
          case 0 -> stats.count("queries unanswered");
          case 1 -> {
            stats.count("queries answered 999/101");
            send(request, random.nextBoolean() ? "999" : "101", Optional.empty(), binary, 0);
          }
          default -> {
            stats.count("queries answered late");
            send(request, honestCode(number), honestBody(number, random), binary, 150);
          }
        }
      } else {
        send(request, honestCode(number), honestBody(number, random), binary, 0);
      }
      maybeDropConnection(0.01);
    }

    private void close(JsonObject request) {
      String number = request.getJsonObject("biz_data").getString("merchant_order_no");
      int nth = closesByNumber.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
      SplittableRandom random = new SplittableRandom(seed * 13 + number.hashCode() * 31L + nth);
      if (nth % 3 != 0 && random.nextDouble() < 0.2) {
        stats.count("closes unanswered");
        return;
      }
      OrderScript script = scripts.get(number);
      boolean fenceUnknown = script == null || script.fenceUnknown();
      Record before = ledger.close(number, fenceUnknown);
      JsonObjectBuilder echo = Json.createObjectBuilder().add("merchant_order_no", number);
      String code =
          switch (before) {
            case NONE, REFUSED, AWAITING_REGISTRATION -> fenceUnknown ? "000" : "104";
            case PROCESSING, CLOSED, FENCED -> "000";
            case COMPLETED -> "201";
          };
      stats.count("close of a " + before.name().toLowerCase() + " order answered " + code);
      send(request, code, Optional.of(echo), random.nextDouble() < 0.3, 0);
      if (before == Record.PROCESSING) {
        Session orderSession = orderSessions.get(number);
        if (orderSession != null) {
          orderSession.sendAnswer("ecrhub.pay.order", "102", transaction(number));
        }
      }
    }

    /** An unsolicited-looking answer on this connection: the pay.order that a close ended. */
    private void sendAnswer(String topic, String code, JsonObjectBuilder body) {
      JsonObjectBuilder envelope =
          Json.createObjectBuilder()
              .add("topic", topic)
              .add("response_code", code)
              .add("response_msg", "")
              .add("biz_data", body);
      outbound.send(envelope.build().toString(), false, 0);
    }

    private String honestCode(String number) {
      Optional<Entry> entry = ledger.find(number);
      return entry.isEmpty() || entry.get().unknownToTerminal() ? "104" : "000";
    }

    private Optional<JsonObjectBuilder> honestBody(String number, SplittableRandom random) {
      Optional<Entry> entry = ledger.find(number);
      if (entry.isEmpty() || entry.get().unknownToTerminal()) {
        return random.nextBoolean()
            ? Optional.empty()
            : Optional.of(Json.createObjectBuilder().add("merchant_order_no", number));
      }
      return Optional.of(transaction(number));
    }

    /** The transaction as the ledger has it, with its status. */
    private JsonObjectBuilder transaction(String number) {
      Entry entry = ledger.find(number).orElseThrow();
      String status =
          switch (entry.record) {
            case PROCESSING -> "0";
            case COMPLETED -> "2";
            default -> "1";
          };
      JsonObjectBuilder biz =
          entry.charged != null
              ? entry.charged.toWire()
              : Json.createObjectBuilder().add("merchant_order_no", number);
      if (entry.transNo != null) {
        biz.add("trans_no", entry.transNo);
      }
      return biz.add("trans_status", status);
    }

    private void send(
        JsonObject request,
        String code,
        Optional<JsonObjectBuilder> body,
        boolean binary,
        long delayMillis) {
      if (binary) {
        stats.count("binary answers");
      }
      outbound.send(frame(request, code, body), binary, delayMillis);
    }

    private String frame(JsonObject request, String code, Optional<JsonObjectBuilder> body) {
      JsonObjectBuilder envelope =
          Json.createObjectBuilder()
              .add("topic", request.getString("topic"))
              .add("app_id", request.getString("app_id", ""));
      if (echoesRequestId && request.containsKey("request_id")) {
        envelope.add("request_id", request.getString("request_id"));
      }
      envelope.add("response_code", code).add("response_msg", code.equals("000") ? "Success" : "");
      body.ifPresent(biz -> envelope.add("biz_data", biz));
      return envelope.build().toString();
    }

    private void maybeDropConnection(double odds) {
      boolean drop;
      synchronized (drops) {
        drop = drops.nextDouble() < odds;
      }
      if (drop) {
        stats.count("connections dropped");
        later(Duration.ofMillis(1), () -> connection.close(CloseCodes.GOING_AWAY, "model drop"));
      }
    }
  }

  private void later(Duration delay, Runnable task) {
    scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }
}
