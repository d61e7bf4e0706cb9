package io.ecrhub.simulator.ui;

import io.ecrhub.protocol.spi.support.UriHosts;
import io.ecrhub.simulator.TerminalScreen;
import io.ecrhub.simulator.ui.internal.UiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The simulator's screen in a browser: every connected POS and its order in progress with the
 * buttons that decide it (approve, decline with a code, operator cancel, read-card and QR timeout,
 * stay silent, answer "result unknown" then complete, drop the connection, complete after N
 * seconds), the manual-mode switch, the ledger and a live log of the frames both ways. One page,
 * one script and one style sheet, all served from here; updates arrive as server-sent events.
 *
 * <pre>{@code
 * try (TerminalSimulator simulator = TerminalSimulator.start(new TyrusServerTransport(), options);
 *     SimulatorUi ui = SimulatorUi.start(simulator.screen(), "127.0.0.1", 0)) {
 *   System.out.println("ui on " + ui.address());
 *   ...
 * }
 * }</pre>
 *
 * <p><b>Who may use it.</b> The terminal's WebSocket accepts any POS, as a terminal does; this UI
 * does not accept any web page. Every request must name this server in its {@code Host} ({@code
 * localhost} or an IP address, with this port — a rebound DNS name is refused). The event stream
 * and the buttons also need the per-start {@link #token()} (header {@code X-Ecr-Ui-Token}; query
 * parameter {@code token} on {@code /events}) and, when the request carries an {@code Origin}, this
 * UI's own origin; anything else is answered {@code 403}. The page receives the token in {@code
 * <meta name="ecr-ui-token">}, which another origin cannot read; a script reads it there or from
 * {@link #token()}. No response carries CORS headers, and none may be framed.
 */
public final class SimulatorUi implements AutoCloseable {

  private static final int TOKEN_BYTES = 24;

  private final UiServer server;
  private final URI address;
  private final String token;

  private SimulatorUi(UiServer server, URI address, String token) {
    this.server = server;
    this.address = address;
    this.token = token;
  }

  /**
   * Serves the screen on {@code host:port}.
   *
   * @param host the address to listen on, e.g. {@code 127.0.0.1} (loopback only)
   * @param port 0 for any free one
   * @param screen the simulator's screen, from {@link
   *     io.ecrhub.simulator.TerminalSimulator#screen()}
   * @throws UncheckedIOException when the address cannot be listened on, saying which and why
   * @return the running UI; close it to stop serving
   * @throws IllegalArgumentException when {@code port} is outside 0..65535
   */
  public static SimulatorUi start(TerminalScreen screen, String host, int port) {
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 (0 = any free one), got " + port);
    }
    String token = newToken();
    InetSocketAddress bind;
    try {
      bind = new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException unknown) {
      throw new UncheckedIOException("cannot serve the ui on " + host + ": unknown host", unknown);
    }
    UiServer server;
    try {
      server = UiServer.start(screen, bind, token);
    } catch (IOException cannotBind) {
      throw new UncheckedIOException(
          "cannot serve the ui on " + host + ":" + port + ": " + cannotBind.getMessage(),
          cannotBind);
    }
    return new SimulatorUi(
        server, URI.create("http://" + UriHosts.of(host) + ":" + server.port() + "/"), token);
  }

  /**
   * Where the page is: {@code http://127.0.0.1:PORT/}.
   *
   * @return the page's URL, with the port actually bound
   */
  public URI address() {
    return address;
  }

  /**
   * This start's token, which the event stream and the buttons require.
   *
   * @return the random token of this start, URL-safe text
   */
  public String token() {
    return token;
  }

  /** Ends every open page's stream and stops serving. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  private static String newToken() {
    byte[] random = new byte[TOKEN_BYTES];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
