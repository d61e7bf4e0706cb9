package io.ecrhub.simulator.ui.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ecrhub.domain.validation.Violation;
import io.ecrhub.simulator.DecisionRefused;
import io.ecrhub.simulator.LedgerEntry;
import io.ecrhub.simulator.TerminalScreen;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The buttons, and the state for scripts, under {@code /api}; every request passes {@link
 * RequestGuard#refuseChannel} first:
 *
 * <ul>
 *   <li>{@code GET /api/state}: the screen, as the page's {@code state} event;
 *   <li>{@code POST /api/manual-mode} {@code {"on": true}}: manual mode on or off;
 *   <li>{@code POST /api/decision}: a decision about an order in progress ({@link DecisionForm}).
 * </ul>
 *
 * Bad input is {@code 400} with every violation by field; a decision the terminal refuses (no such
 * order, no longer in progress) is {@code 409} with the reason.
 */
final class ActionHandler implements HttpHandler {

  /** The largest body read; a decision is a few dozen bytes. */
  static final int MAX_BODY_BYTES = 4096;

  private final TerminalScreen screen;
  private final RequestGuard guard;

  ActionHandler(TerminalScreen screen, RequestGuard guard) {
    this.screen = screen;
    this.guard = guard;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Option<String> refusal = guard.refuseChannel(exchange, false);
      if (refusal.isDefined()) {
        RequestGuard.refuse(exchange, refusal.get());
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      switch (path) {
        case "/api/state" -> {
          if (allowed(exchange, "GET")) {
            Responses.json(exchange, 200, ScreenJson.state(screen.view()));
          }
        }
        case "/api/manual-mode" -> {
          if (allowed(exchange, "POST")) {
            manualMode(exchange);
          }
        }
        case "/api/decision" -> {
          if (allowed(exchange, "POST")) {
            decision(exchange);
          }
        }
        default ->
            Responses.error(
                exchange, 404, "not found", method + " " + path + " is not served here");
      }
    }
  }

  private void manualMode(HttpExchange exchange) throws IOException {
    Either<List<Violation>, JsonObject> body = body(exchange);
    if (body.isLeft()) {
      invalid(exchange, body.getLeft());
      return;
    }
    JsonValue on = body.get().get("on");
    if (on != JsonValue.TRUE && on != JsonValue.FALSE) {
      invalid(exchange, List.of(new Violation("on", "must be true or false")));
      return;
    }
    screen.setManualMode(on == JsonValue.TRUE);
    Responses.json(
        exchange, 200, Json.createObjectBuilder().add("manual_mode", screen.manualMode()).build());
  }

  private void decision(HttpExchange exchange) throws IOException {
    Either<List<Violation>, DecisionForm> form = body(exchange).flatMap(DecisionForm::read);
    if (form.isLeft()) {
      invalid(exchange, form.getLeft());
      return;
    }
    DecisionForm decided = form.get();
    Either<DecisionRefused, LedgerEntry> outcome =
        screen.decide(decided.merchantOrderNo(), decided.decision());
    if (outcome.isLeft()) {
      Responses.error(exchange, 409, "refused", outcome.getLeft().reason());
      return;
    }
    LedgerEntry entry = outcome.get();
    Responses.json(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("merchant_order_no", entry.merchantOrderNo().value())
            .add("decision", decided.decision().label())
            .add("status", entry.status().code())
            .add("status_label", entry.status().label())
            .build());
  }

  /** Answers 405 unless the request uses {@code method}. */
  private static boolean allowed(HttpExchange exchange, String method) throws IOException {
    if (exchange.getRequestMethod().equals(method)) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", method);
    Responses.error(
        exchange,
        405,
        "method not allowed",
        exchange.getRequestURI().getPath() + " takes " + method);
    return false;
  }

  /** The request's JSON object, read from at most {@link #MAX_BODY_BYTES} of JSON. */
  private static Either<List<Violation>, JsonObject> body(HttpExchange exchange)
      throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Either.left(
          List.of(new Violation("Content-Type", "must be application/json, got " + type)));
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      return Either.left(
          List.of(new Violation("body", "must be at most " + MAX_BODY_BYTES + " bytes")));
    }
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
      return Either.right(reader.readObject());
    } catch (JsonException | IllegalStateException notAnObject) {
      return Either.left(List.of(new Violation("body", "must be one JSON object")));
    }
  }

  private static void invalid(HttpExchange exchange, List<Violation> violations)
      throws IOException {
    JsonArrayBuilder list = Json.createArrayBuilder();
    violations.forEach(
        violation ->
            list.add(
                Json.createObjectBuilder()
                    .add("field", violation.field())
                    .add("message", violation.message())));
    Responses.json(
        exchange,
        400,
        Json.createObjectBuilder().add("error", "invalid").add("violations", list).build());
  }
}
