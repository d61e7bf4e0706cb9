package io.ecrhub.transport.tyrus.server;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.ServerBinding;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A {@link TyrusServerTransport} on 127.0.0.1 whose connections get fresh recording listeners. */
final class LoopbackServer implements AutoCloseable {

  final ServerBinding binding;
  final List<RecordingListener> accepted = new CopyOnWriteArrayList<>();

  private LoopbackServer(
      TyrusServerTransport transport, int maxFrameChars, Supplier<RecordingListener> listeners)
      throws Exception {
    binding =
        transport
            .bind(
                new BindOptions("127.0.0.1", 0, maxFrameChars),
                connection -> {
                  RecordingListener listener = listeners.get();
                  accepted.add(listener);
                  return listener;
                })
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  static LoopbackServer echo() throws Exception {
    return new LoopbackServer(
        new TyrusServerTransport(),
        ConnectOptions.DEFAULT_MAX_FRAME_CHARS,
        RecordingListener::echoing);
  }

  static LoopbackServer start(
      TyrusServerTransport transport, int maxFrameChars, Supplier<RecordingListener> listeners)
      throws Exception {
    return new LoopbackServer(transport, maxFrameChars, listeners);
  }

  URI address() {
    return binding.address();
  }

  /** The listener of the n-th accepted connection (0-based), once it exists. */
  RecordingListener acceptedListener(int index) {
    org.awaitility.Awaitility.await()
        .atMost(10, TimeUnit.SECONDS)
        .until(() -> accepted.size() > index);
    return accepted.get(index);
  }

  @Override
  public void close() {
    binding.close();
  }
}
