package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.HttpExchange;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which requests the UI serves. The terminal's own WebSocket accepts any POS; this page's
 * channel and buttons must not be reachable from any other web page a browser on this machine has
 * open. The rules:
 *
 * <ol>
 *   <li>Every request names this server in its {@code Host} header: {@code localhost} or an IP
 *       address, with this port. A page of another site whose name was made to resolve here (DNS
 *       rebinding) names that site, and is refused.
 *   <li>The event stream and every action carry the per-start token — header {@value
 *       #TOKEN_HEADER}, or, on the event stream only (an {@code EventSource} cannot set headers),
 *       the query parameter {@code token} — and, when they carry an {@code Origin} (browsers always
 *       do on a cross-origin request and on every {@code POST}), it is exactly this UI's origin,
 *       {@code http://} and the {@code Host}.
 *   <li>The page itself (and its script and style) is served to any request that passes rule 1: it
 *       holds the token, which other origins cannot read (no response carries CORS headers, and a
 *       preflight is refused), so only a page this server served can use it.
 * </ol>
 */
final class RequestGuard {

  private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);

  /** The header actions carry the token in. */
  static final String TOKEN_HEADER = "X-Ecr-Ui-Token";

  private static final int DEFAULT_HTTP_PORT = 80;

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final int port;
  private final byte[] token;

  RequestGuard(int port, String token) {
    this.port = port;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** Why a request for the page is refused (rule 1); none when it is served. */
  Option<String> refusePage(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !namesThisServer(host)) {
      return Option.some(
          "the Host header "
              + (host == null ? "is missing" : "'" + host + "'")
              + ": this UI answers only to localhost or an IP address on port "
              + port);
    }
    return Option.none();
  }

  /** Why a request of the event stream or an action is refused (rules 1 and 2); none if served. */
  Option<String> refuseChannel(HttpExchange exchange, boolean tokenInQuery) {
    Option<String> wrongHost = refusePage(exchange);
    if (wrongHost.isDefined()) {
      return wrongHost;
    }
    String ownOrigin = "http://" + exchange.getRequestHeaders().getFirst("Host");
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && !origin.equalsIgnoreCase(ownOrigin)) {
      return Option.some("origin '" + origin + "' is not this UI's origin " + ownOrigin);
    }
    String presented = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
    if (presented == null && tokenInQuery) {
      presented = queryParameter(exchange.getRequestURI(), "token");
    }
    if (presented == null) {
      return Option.some("the UI's token is missing (header " + TOKEN_HEADER + ")");
    }
    if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
      return Option.some("the UI's token is wrong");
    }
    return Option.none();
  }

  /** Answers 403 with {@code reason}, and logs it: a refused request is worth a tester's notice. */
  static void refuse(HttpExchange exchange, String reason) throws IOException {
    LOG.warn(
        "refused {} {}: {}",
        exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(),
        reason);
    Responses.forbidden(exchange, reason);
  }

  private boolean namesThisServer(String hostHeader) {
    int colon = hostHeader.lastIndexOf(':');
    boolean bracketed = hostHeader.endsWith("]");
    String name;
    if (colon < 0 || bracketed) {
      // no port: a browser leaves out the default one
      if (port != DEFAULT_HTTP_PORT) {
        return false;
      }
      name = hostHeader;
    } else {
      if (!hostHeader.substring(colon + 1).equals(String.valueOf(port))) {
        return false;
      }
      name = hostHeader.substring(0, colon);
    }
    name = name.toLowerCase(Locale.ROOT);
    return name.equals("localhost")
        || IPV4.matcher(name).matches()
        || (name.startsWith("[") && name.endsWith("]") && name.length() > 2);
  }

  private static String queryParameter(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
