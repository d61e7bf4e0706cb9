package io.ecrhub.protocol.spi;

import java.net.URI;

/** No transport on the class path reaches an endpoint: its scheme is unknown to all of them. */
public final class UnsupportedEndpointException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String scheme;

  /**
   * No transport reaches {@code endpoint}.
   *
   * @param endpoint the endpoint asked for; may be null
   * @param message what was asked and which transports are on the class path
   */
  public UnsupportedEndpointException(URI endpoint, String message) {
    super(message);
    this.scheme = endpoint == null ? null : endpoint.getScheme();
  }

  /**
   * The scheme no transport supports ({@code null} when the endpoint had none).
   *
   * @return the endpoint's scheme as written, or null
   */
  public String scheme() {
    return scheme;
  }
}
