package io.ecrhub.protocol.spi;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Picks a {@link ClientTransport} for an endpoint from the {@link ClientTransportProvider}s on the
 * class path (or module path): the highest {@link ClientTransportProvider#priority()} among those
 * that support the endpoint's scheme, ties broken by name so the choice never depends on class path
 * order.
 */
public final class ClientTransports {

  private ClientTransports() {}

  /**
   * A new transport for {@code endpoint}, from the providers this class's loader sees.
   *
   * @param endpoint the terminal's address
   * @return a new transport; the caller closes it
   * @throws UnsupportedEndpointException naming the scheme when no provider supports it
   */
  public static ClientTransport forEndpoint(URI endpoint) {
    return provider(endpoint, providers(ClientTransports.class.getClassLoader())).create();
  }

  /**
   * The provider that would serve {@code endpoint} among {@code candidates}.
   *
   * @param endpoint the terminal's address; null is supported by none
   * @param candidates the providers to choose from
   * @return the supporting provider of highest priority; on a tie, the first by name
   * @throws UnsupportedEndpointException naming the scheme and the schemes that are supported
   */
  public static ClientTransportProvider provider(
      URI endpoint, List<ClientTransportProvider> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    return candidates.stream()
        .filter(candidate -> candidate.supports(endpoint))
        .max(
            Comparator.comparingInt(ClientTransportProvider::priority)
                .thenComparing(ClientTransportProvider::name, Comparator.reverseOrder()))
        .orElseThrow(() -> unsupported(endpoint, candidates));
  }

  /**
   * Every provider {@code loader} finds, in a stable order (by name).
   *
   * @param loader where to look for {@code META-INF/services} entries
   * @return the providers, sorted by name; immutable, possibly empty
   */
  public static List<ClientTransportProvider> providers(ClassLoader loader) {
    List<ClientTransportProvider> found = new ArrayList<>();
    ServiceLoader.load(ClientTransportProvider.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(ClientTransportProvider::name));
    return List.copyOf(found);
  }

  private static UnsupportedEndpointException unsupported(
      URI endpoint, List<ClientTransportProvider> candidates) {
    String scheme = endpoint == null ? null : endpoint.getScheme();
    String known =
        candidates.isEmpty()
            ? "no transport is on the class path"
            : candidates.stream()
                .map(candidate -> candidate.name() + " " + candidate.schemes())
                .collect(Collectors.joining(", ", "transports on the class path: ", ""));
    return new UnsupportedEndpointException(
        endpoint,
        "endpoint: no transport supports the scheme \""
            + scheme
            + "\" of "
            + endpoint
            + " ("
            + known
            + "; add ecr-transport-jdk or ecr-transport-tyrus for ws/wss, ecr-transport-serial"
            + " for serial)");
  }
}
