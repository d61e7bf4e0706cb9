package io.ecrhub.simulator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may use the UI: its event stream and its buttons refuse another origin, a missing or wrong
 * token, and a Host that is not this server — and nothing changes in the simulator when they do.
 */
class UiSecurityTest {

  private static final String MANUAL_ON = "{\"on\":true}";

  private final UiFixture fixture = new UiFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  @ParameterizedTest(name = "origin {0}")
  @ValueSource(
      strings = {
        "http://evil.example",
        "http://127.0.0.1:1",
        "http://localhost",
        "null",
        "https://127.0.0.1"
      })
  void another_origin_is_refused_even_with_the_token(String origin) {
    HttpResponse<String> action =
        fixture.post(
            HttpRequest.newBuilder(fixture.uri("/api/manual-mode"))
                .header("Origin", origin)
                .header("X-Ecr-Ui-Token", fixture.ui.token()),
            MANUAL_ON);
    HttpResponse<String> stream =
        fixture.send(
            HttpRequest.newBuilder(fixture.uri("/events?token=" + fixture.ui.token()))
                .header("Origin", origin)
                .GET());

    assertThat(action.statusCode()).isEqualTo(403);
    assertThat(action.body()).contains("origin '" + origin + "' is not this UI's origin");
    assertThat(stream.statusCode()).isEqualTo(403);
    assertThat(fixture.simulator.screen().manualMode()).isFalse();
  }

  @Test
  void a_request_without_the_token_or_with_a_wrong_one_is_refused() {
    HttpResponse<String> none =
        fixture.post(
            HttpRequest.newBuilder(fixture.uri("/api/manual-mode"))
                .header("Origin", fixture.origin()),
            MANUAL_ON);
    HttpResponse<String> wrong =
        fixture.post(
            HttpRequest.newBuilder(fixture.uri("/api/manual-mode"))
                .header("X-Ecr-Ui-Token", fixture.ui.token() + "x"),
            MANUAL_ON);
    HttpResponse<String> streamWithout =
        fixture.send(HttpRequest.newBuilder(fixture.uri("/events")).GET());
    HttpResponse<String> tokenInQueryOfAnAction =
        fixture.post(
            HttpRequest.newBuilder(fixture.uri("/api/manual-mode?token=" + fixture.ui.token())),
            MANUAL_ON);
    HttpResponse<String> state =
        fixture.send(HttpRequest.newBuilder(fixture.uri("/api/state")).GET());

    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.body()).contains("the UI's token is missing");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).contains("the UI's token is wrong");
    assertThat(streamWithout.statusCode()).isEqualTo(403);
    assertThat(tokenInQueryOfAnAction.statusCode()).isEqualTo(403);
    assertThat(state.statusCode()).isEqualTo(403);
    assertThat(fixture.simulator.screen().manualMode()).isFalse();
  }

  @Test
  void a_script_with_the_token_and_no_origin_is_served() {
    HttpResponse<String> on =
        fixture.post(
            HttpRequest.newBuilder(fixture.uri("/api/manual-mode"))
                .header("X-Ecr-Ui-Token", fixture.ui.token()),
            MANUAL_ON);

    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    assertThat(fixture.simulator.screen().manualMode()).isTrue();
  }

  @Test
  void a_preflight_gets_no_cors_permission() {
    HttpResponse<String> preflight =
        fixture.send(
            HttpRequest.newBuilder(fixture.uri("/api/manual-mode"))
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-ecr-ui-token, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

    assertThat(preflight.statusCode()).isEqualTo(403);
    assertThat(preflight.headers().map().keySet())
        .noneMatch(header -> header.toLowerCase().startsWith("access-control-"));
  }

  @ParameterizedTest(name = "Host {0}")
  @ValueSource(strings = {"evil.example:PORT", "127.0.0.1:1", "rebound.localhost.example:PORT"})
  void a_host_that_is_not_this_server_is_refused_for_the_page_and_the_buttons(String host)
      throws Exception {
    String named = host.replace("PORT", String.valueOf(fixture.ui.address().getPort()));

    String page = rawRequest("GET / HTTP/1.1\r\nHost: " + named + "\r\nConnection: close\r\n\r\n");
    String body = MANUAL_ON;
    String action =
        rawRequest(
            "POST /api/manual-mode HTTP/1.1\r\nHost: "
                + named
                + "\r\nOrigin: http://"
                + named
                + "\r\nX-Ecr-Ui-Token: "
                + fixture.ui.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body);

    assertThat(page).startsWith("HTTP/1.1 403").doesNotContain(fixture.ui.token());
    assertThat(action).startsWith("HTTP/1.1 403").contains("the Host header '" + named + "'");
    assertThat(fixture.simulator.screen().manualMode()).isFalse();
  }

  @Test
  void localhost_and_the_address_are_this_server() throws Exception {
    int port = fixture.ui.address().getPort();

    String byName =
        rawRequest("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");

    assertThat(byName).startsWith("HTTP/1.1 200").contains(fixture.ui.token());
  }

  /** Sends {@code request} byte for byte, Host header and all, and returns the whole answer. */
  private String rawRequest(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", fixture.ui.address().getPort())) {
      socket.setSoTimeout((int) UiFixture.PATIENCE.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      StringBuilder answer = new StringBuilder();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      char[] buffer = new char[4096];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        answer.append(buffer, 0, read);
      }
      return answer.toString();
    }
  }
}
