package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** How the UI answers: the same protective headers on every response, JSON for the API. */
final class Responses {

  static final String JSON = "application/json; charset=utf-8";

  private Responses() {}

  /**
   * Headers for every response: no framing by other pages (the buttons must not be clickjacked), no
   * script or style from anywhere but this server, no caching, no MIME sniffing, no referrer. No
   * CORS header, ever.
   */
  static void protect(HttpExchange exchange) {
    Headers headers = exchange.getResponseHeaders();
    headers.set(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    headers.set("X-Frame-Options", "DENY");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    protect(exchange);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
    send(exchange, status, JSON, body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** An error as {@code {"error": kind, "reason": …}}. */
  static void error(HttpExchange exchange, int status, String kind, String reason)
      throws IOException {
    json(
        exchange,
        status,
        Json.createObjectBuilder().add("error", kind).add("reason", reason).build());
  }

  static void forbidden(HttpExchange exchange, String reason) throws IOException {
    error(exchange, 403, "forbidden", reason);
  }
}
