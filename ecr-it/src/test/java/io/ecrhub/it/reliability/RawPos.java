package io.ecrhub.it.reliability;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A bare POS connection that sends whatever text it is given, for feeding a terminal mutated
 * frames. It checks every answer on arrival — a JSON object with a {@code topic} and a three-digit
 * {@code response_code}, whatever the request was — and completes the futures of answers it was
 * told to expect, by {@code request_id}.
 */
final class RawPos implements ConnectionListener {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern CODE = Pattern.compile("[0-9]{3}");

  private final ConcurrentMap<String, CompletableFuture<JsonObject>> expected =
      new ConcurrentHashMap<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final List<String> badAnswers = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong answers = new AtomicLong();
  private volatile Connection connection;

  private RawPos() {}

  static RawPos connect(ClientTransport transport, URI terminal) throws Exception {
    RawPos pos = new RawPos();
    pos.connection =
        transport
            .connect(terminal, ConnectOptions.defaults(), pos)
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);
    return pos;
  }

  void send(String text) {
    connection.send(text);
  }

  /** The answer that will echo {@code requestId}; register before sending the request. */
  CompletableFuture<JsonObject> expect(String requestId) {
    return expected.computeIfAbsent(requestId, id -> new CompletableFuture<>());
  }

  /** Completes with the close code once the connection is closed. */
  CompletableFuture<Integer> closed() {
    return closed;
  }

  long answers() {
    return answers.get();
  }

  /** Answers that were not a JSON object with a topic and a three-digit response code. */
  List<String> badAnswers() {
    synchronized (badAnswers) {
      return List.copyOf(badAnswers);
    }
  }

  @Override
  public void onText(Connection from, String text) {
    answers.incrementAndGet();
    JsonObject answer;
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      answer = reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      badAnswers.add(text + " (" + notAnObject.getMessage() + ")");
      return;
    }
    if (!(answer.get("topic") instanceof JsonString)
        || !(answer.get("response_code") instanceof JsonString code)
        || !CODE.matcher(code.getString()).matches()) {
      badAnswers.add(text);
    }
    JsonValue requestId = answer.get("request_id");
    if (requestId instanceof JsonString id) {
      CompletableFuture<JsonObject> waiting = expected.remove(id.getString());
      if (waiting != null) {
        waiting.complete(answer);
      }
    }
  }

  @Override
  public void onClose(Connection from, int code, String reason) {
    closed.complete(code);
  }
}
