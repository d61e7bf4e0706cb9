package io.ecrhub.protocol.spi;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Makes {@link ClientTransport}s for the URI schemes it names, found through {@link
 * java.util.ServiceLoader}: a transport module lists its provider in {@code
 * META-INF/services/io.ecrhub.protocol.spi.ClientTransportProvider} (and {@code provides} it in its
 * {@code module-info}), so that a POS adds a transport by adding a dependency. {@link
 * ClientTransports#forEndpoint} picks one.
 */
public interface ClientTransportProvider {

  /**
   * A short name for messages: {@code tyrus}, {@code jdk}, {@code serial}.
   *
   * @return the name; also breaks ties of {@link #priority()}
   */
  String name();

  /**
   * The URI schemes this provider's transports reach, lower case: {@code ws}, {@code wss}.
   *
   * @return the schemes, lower case
   */
  Set<String> schemes();

  /**
   * Which provider wins when several support a scheme: the highest. The default transport for a
   * scheme says so here, with the reason in its javadoc.
   *
   * @return the priority; 0 unless overridden
   */
  default int priority() {
    return 0;
  }

  /**
   * Whether this provider's transports can reach {@code endpoint}: by its scheme.
   *
   * @param endpoint the terminal's address; may be null
   * @return true when the endpoint's scheme, in any case, is one of {@link #schemes()}
   */
  default boolean supports(URI endpoint) {
    return endpoint != null
        && endpoint.getScheme() != null
        && schemes().contains(endpoint.getScheme().toLowerCase(Locale.ROOT));
  }

  /**
   * A new transport with its defaults; the caller closes it.
   *
   * @return a new, independent transport
   */
  ClientTransport create();
}
