package io.ecrhub.app.api;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransportProvider;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.TransportException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transport provider of the tests' class path that wins only for {@link #ENDPOINT} (where the
 * builder looks for an {@code sn:} terminal's transport) and remembers every transport it creates,
 * so that a test can see whether the client builder closed the one it made.
 */
public final class RecordingTransportProvider implements ClientTransportProvider {

  /** The socket address the builder chooses a transport by for a terminal named {@code sn:…}. */
  static final URI ENDPOINT = URI.create("ws://terminal:" + EcrClientConfig.DEFAULT_PORT);

  private static final List<RecordingTransport> CREATED = new CopyOnWriteArrayList<>();

  static List<RecordingTransport> created() {
    return List.copyOf(CREATED);
  }

  @Override
  public String name() {
    return "recording-test-transport";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("ws");
  }

  @Override
  public int priority() {
    return Integer.MAX_VALUE; // above Tyrus, but only for ENDPOINT
  }

  @Override
  public boolean supports(URI endpoint) {
    return ENDPOINT.equals(endpoint);
  }

  @Override
  public ClientTransport create() {
    RecordingTransport transport = new RecordingTransport();
    CREATED.add(transport);
    return transport;
  }

  /** Connects nowhere; remembers whether it was closed. */
  static final class RecordingTransport implements ClientTransport {

    private volatile boolean closed;

    boolean closed() {
      return closed;
    }

    @Override
    public boolean supports(URI endpoint) {
      return true;
    }

    @Override
    public CompletionStage<Connection> connect(
        URI endpoint, ConnectOptions options, ConnectionListener listener) {
      return CompletableFuture.failedFuture(
          new TransportException(TransportException.Kind.CONNECT_FAILED, "a test transport"));
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
