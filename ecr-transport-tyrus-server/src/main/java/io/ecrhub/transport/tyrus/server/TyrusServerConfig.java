package io.ecrhub.transport.tyrus.server;

import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Threads and TLS of a {@link TyrusServerTransport}. The thread numbers are fixed sizes, used for
 * every binding the transport makes, and do not grow with the number of connections.
 *
 * @param selectorThreads Grizzly selector threads, which accept and read sockets. Set exactly:
 *     Grizzly otherwise runs one per core plus one and silently raises a smaller pool to that
 * @param workerThreads Grizzly worker threads, on which Tyrus decodes frames and the listeners run
 * @param tls when present, the server speaks {@code wss://} with this context's key material
 */
public record TyrusServerConfig(int selectorThreads, int workerThreads, Optional<SSLContext> tls) {

  /**
   * Checks that both numbers are at least 1, naming the one that is not.
   *
   * @param selectorThreads Grizzly selector threads; at least 1
   * @param workerThreads Grizzly worker threads; at least 1
   * @param tls the server's TLS context, or empty, not null, for plain {@code ws://}
   * @throws IllegalArgumentException when a thread number is below 1
   */
  public TyrusServerConfig {
    if (selectorThreads < 1) {
      throw new IllegalArgumentException(
          "selectorThreads must be at least 1, got " + selectorThreads);
    }
    if (workerThreads < 1) {
      throw new IllegalArgumentException("workerThreads must be at least 1, got " + workerThreads);
    }
    Objects.requireNonNull(tls, "tls");
  }

  /**
   * One selector (it only moves bytes; one handles thousands of sockets) and 4 workers (2 cores,
   * with room for a listener that briefly blocks); plain {@code ws://}.
   *
   * @return the defaults
   */
  public static TyrusServerConfig defaults() {
    return new TyrusServerConfig(1, 4, Optional.empty());
  }

  /**
   * The same threads, serving {@code wss://}.
   *
   * @param context holds the server's key and certificate
   * @return a copy of this configuration with TLS
   */
  public TyrusServerConfig withTls(SSLContext context) {
    return new TyrusServerConfig(
        selectorThreads, workerThreads, Optional.of(Objects.requireNonNull(context, "context")));
  }
}
