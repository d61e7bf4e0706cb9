package io.ecrhub.it.interop;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A POS that speaks exactly as the vendor's JSON SDK (CodePay Register SDK for Java, 1.0.0) was
 * captured speaking in {@code shared/interop/codepay-sdk-1.0.0-frames.log}: every request a BINARY
 * frame of UTF-8 JSON with a 32-hex {@code request_id}, {@code "version":"1.0"} and a numeric
 * {@code timestamp}; its unpair a TEXT frame with {@code device_data} and no {@code app_id};
 * answers matched by {@code request_id} alone, as the SDK matches them. Built on the JDK's own
 * WebSocket, so that nothing of ecr-hub's client is involved.
 */
final class VendorSdkWire implements AutoCloseable {

  static final String APP_ID = "wz6012822ca2f1as78";
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);

  private final Random requestIds;
  private final Map<String, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();
  private final WebSocket socket;

  private VendorSdkWire(URI terminal, long seed) {
    this.requestIds = new Random(seed);
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(terminal, new Answers())
            .orTimeout(30, TimeUnit.SECONDS)
            .join();
  }

  /** Connects as the SDK does; {@code seed} makes its request ids reproducible. */
  static VendorSdkWire connect(URI terminal, long seed) {
    return new VendorSdkWire(terminal, seed);
  }

  /** A request as the SDK packs it, sent as a BINARY frame; its answer, by request_id. */
  JsonObject execute(String topic, JsonObject bizData) {
    String requestId = newRequestId();
    JsonObject frame =
        Json.createObjectBuilder()
            .add("topic", topic)
            .add("app_id", APP_ID)
            .add("request_id", requestId)
            .add("version", "1.0")
            .add("timestamp", System.currentTimeMillis())
            .add("biz_data", bizData)
            .build();
    return exchange(requestId, frame, true);
  }

  /**
   * A request of the SDK's device service: {@code device_data} instead of {@code biz_data}, no
   * {@code app_id}; {@code binary} as the SDK sends it (its unpair goes as text).
   */
  JsonObject device(String topic, JsonObject deviceData, boolean binary) {
    String requestId = newRequestId();
    JsonObjectBuilder frame =
        Json.createObjectBuilder()
            .add("topic", topic)
            .add("request_id", requestId)
            .add("timestamp", System.currentTimeMillis())
            .add("version", "1.0")
            .add("device_data", deviceData);
    return exchange(requestId, frame.build(), binary);
  }

  /** Sends a request whose answer the test does not wait for (the SDK's asyncExecute). */
  String submit(String topic, JsonObject bizData) {
    String requestId = newRequestId();
    JsonObject frame =
        Json.createObjectBuilder()
            .add("topic", topic)
            .add("app_id", APP_ID)
            .add("request_id", requestId)
            .add("version", "1.0")
            .add("timestamp", System.currentTimeMillis())
            .add("biz_data", bizData)
            .build();
    waiting.put(requestId, new CompletableFuture<>());
    sendBinary(frame);
    return requestId;
  }

  private JsonObject exchange(String requestId, JsonObject frame, boolean binary) {
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    waiting.put(requestId, answer);
    if (binary) {
      sendBinary(frame);
    } else {
      socket.sendText(frame.toString(), true).join();
    }
    return answer.orTimeout(ANSWER_WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  private void sendBinary(JsonObject frame) {
    socket
        .sendBinary(ByteBuffer.wrap(frame.toString().getBytes(StandardCharsets.UTF_8)), true)
        .join();
  }

  /** 32 lower-case hex digits, as the SDK's {@code IdUtil.fastSimpleUUID()}. */
  private synchronized String newRequestId() {
    return String.format("%016x%016x", requestIds.nextLong(), requestIds.nextLong());
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Every answer frame, text or binary, completes the request that its request_id names. */
  private final class Answers implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        deliver(text.toString());
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      bytes.writeBytes(chunk);
      if (last) {
        deliver(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
      }
      webSocket.request(1);
      return null;
    }

    private void deliver(String frame) {
      JsonObject answer;
      try (var reader = Json.createReader(new StringReader(frame))) {
        answer = reader.readObject();
      }
      String requestId = answer.containsKey("request_id") ? answer.getString("request_id") : "";
      CompletableFuture<JsonObject> request = waiting.remove(requestId);
      if (request != null) {
        request.complete(answer);
      }
    }
  }
}
