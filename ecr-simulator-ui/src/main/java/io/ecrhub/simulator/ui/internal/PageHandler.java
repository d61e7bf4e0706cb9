package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the page, its script and its style — everything it loads; nothing comes from anywhere
 * else. The page carries the per-start token in {@code <meta name="ecr-ui-token">}.
 */
final class PageHandler implements HttpHandler {

  private static final String TOKEN_PLACEHOLDER = "{{ECR_UI_TOKEN}}";

  private record Asset(String contentType, byte[] body) {}

  private final RequestGuard guard;
  private final Map<String, Asset> assets;

  PageHandler(RequestGuard guard, String token) {
    this.guard = guard;
    String page = resource("index.html").replace(TOKEN_PLACEHOLDER, token);
    this.assets =
        Map.of(
            "/", asset("text/html; charset=utf-8", page),
            "/app.js", asset("text/javascript; charset=utf-8", resource("app.js")),
            "/app.css", asset("text/css; charset=utf-8", resource("app.css")));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Option<String> refusal = guard.refusePage(exchange);
      if (refusal.isDefined()) {
        RequestGuard.refuse(exchange, refusal.get());
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.error(exchange, 405, "method not allowed", method + " is not served here");
        return;
      }
      Asset asset = assets.get(exchange.getRequestURI().getPath());
      if (asset == null) {
        Responses.error(
            exchange, 404, "not found", exchange.getRequestURI().getPath() + " is not served here");
        return;
      }
      Responses.send(
          exchange, 200, asset.contentType(), method.equals("HEAD") ? new byte[0] : asset.body());
    }
  }

  private static Asset asset(String contentType, String text) {
    return new Asset(contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try (InputStream in = PageHandler.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the UI's " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the UI's " + name, unreadable);
    }
  }
}
