package io.ecrhub.simulator.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A POS that speaks raw frames over the JDK's WebSocket client, in binary frames as the vendor's
 * SDK sends them (or text), and keeps every frame and close it gets.
 */
final class RawPos implements WebSocket.Listener, AutoCloseable {

  final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  RawPos(URI terminal) throws Exception {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(terminal, this)
            .get(UiFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  void sendBinary(String json) throws Exception {
    socket
        .sendBinary(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), true)
        .get(UiFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  void sendText(String json) throws Exception {
    socket.sendText(json, true).get(UiFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  /** The next frame, failing when none comes. */
  String next() throws InterruptedException {
    String frame = frames.poll(UiFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("the terminal sent nothing");
    }
    return frame;
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    partial.append(StandardCharsets.UTF_8.decode(data));
    if (last) {
      frames.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closes.add(statusCode);
    return null;
  }

  @Override
  public void close() {
    socket.abort();
  }
}
