package io.ecrhub.simulator.ui;

import io.ecrhub.simulator.SimulatorOptions;
import io.ecrhub.simulator.TerminalSimulator;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A simulator on a real WebSocket on 127.0.0.1 with its UI on a real HTTP port, and an HTTP client
 * that talks to the UI as a page of its own origin does — or, when a test says so, as another page.
 */
final class UiFixture implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(20);

  final TerminalSimulator simulator;
  final SimulatorUi ui;
  final HttpClient http =
      HttpClient.newBuilder().connectTimeout(PATIENCE).version(HttpClient.Version.HTTP_1_1).build();

  UiFixture() {
    simulator =
        TerminalSimulator.start(
            new TyrusServerTransport(),
            SimulatorOptions.defaults().withPort(0).withApproveDelay(Duration.ofMillis(50)));
    ui = SimulatorUi.start(simulator.screen(), "127.0.0.1", 0);
  }

  /** {@code http://127.0.0.1:PORT}: the origin the UI's own page has. */
  String origin() {
    String address = ui.address().toString();
    return address.substring(0, address.length() - 1);
  }

  URI uri(String path) {
    return ui.address().resolve(path);
  }

  /** A request as the UI's own page sends it: its origin and its token. */
  HttpRequest.Builder fromThePage(String path) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(PATIENCE)
        .header("Origin", origin())
        .header("X-Ecr-Ui-Token", ui.token());
  }

  HttpResponse<String> post(HttpRequest.Builder request, String json) {
    return send(
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  @Override
  public void close() {
    ui.close();
    simulator.close();
  }
}
