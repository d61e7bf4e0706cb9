package io.ecrhub.simulator.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/** Reads a server-sent event stream as the browser's EventSource does: named events, JSON data. */
final class EventStreamReader implements AutoCloseable {

  /** One event: its name and its data. */
  record Event(String name, JsonObject data) {}

  final HttpResponse<Stream<String>> response;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> reading;

  EventStreamReader(HttpClient http, HttpRequest request) throws Exception {
    response = http.send(request, HttpResponse.BodyHandlers.ofLines());
    reading = CompletableFuture.runAsync(this::read);
  }

  private void read() {
    String[] name = {"message"};
    response
        .body()
        .forEach(
            line -> {
              if (line.startsWith("event: ")) {
                name[0] = line.substring("event: ".length());
              } else if (line.startsWith("data: ")) {
                String data = line.substring("data: ".length());
                events.add(
                    new Event(name[0], Json.createReader(new StringReader(data)).readObject()));
                name[0] = "message";
              }
            });
  }

  /** The first event so far, or to come, that matches; fails when none comes in time. */
  Event await(Predicate<Event> wanted) {
    return Awaitility.await("an event on the stream")
        .atMost(UiFixture.PATIENCE)
        .until(() -> events.stream().filter(wanted).findFirst(), Optional::isPresent)
        .orElseThrow();
  }

  Event await(String name) {
    return await(event -> event.name().equals(name));
  }

  @Override
  public void close() {
    reading.cancel(true);
    response.body().close();
  }
}
