package io.ecrhub.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ecrhub.protocol.spi.BindOptions;
import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.protocol.spi.ServerBinding;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.tyrus.server.TyrusServerConfig;
import io.ecrhub.transport.tyrus.server.TyrusServerTransport;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wss://} from the JDK client to a Tyrus server with keytool-made certificates. */
class JdkTlsTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path keys;

  private static KeyStore localhostKeys;
  private static KeyStore otherNameKeys;
  private static ServerBinding localhostServer;
  private static ServerBinding otherNameServer;

  private final JdkClientTransport client = new JdkClientTransport();

  /** Echoes texts; records nothing else. */
  private static final class Echo implements ConnectionListener {
    final List<String> texts = new CopyOnWriteArrayList<>();

    @Override
    public void onText(Connection connection, String text) {
      texts.add(text);
      connection.send(text);
    }

    @Override
    public void onClose(Connection connection, int code, String reason) {}
  }

  @BeforeAll
  static void startServers() throws Exception {
    localhostKeys = selfSigned("localhost");
    otherNameKeys = selfSigned("pos-terminal.example");
    localhostServer = tlsServer(localhostKeys);
    otherNameServer = tlsServer(otherNameKeys);
  }

  @AfterAll
  static void stopServers() {
    localhostServer.close();
    otherNameServer.close();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void wss_to_a_trusted_certificate_naming_the_host_carries_frames() throws Exception {
    Echo listener = new Echo();

    Connection connection =
        client
            .connect(
                localhost(localhostServer),
                ConnectOptions.defaults().withSslContext(trusting(localhostKeys)),
                listener)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    connection.send("over tls").toCompletableFuture().get(10, TimeUnit.SECONDS);

    await().atMost(10, TimeUnit.SECONDS).until(() -> listener.texts.contains("over tls"));
  }

  @Test
  void the_default_trust_store_rejects_a_self_signed_certificate_with_tls_failed() {
    TransportException failure = failureOf(localhost(localhostServer), ConnectOptions.defaults());

    assertThat(failure.kind()).isEqualTo(Kind.TLS_FAILED);
    assertThat(failure.nothingSent()).isTrue();
  }

  @Test
  void a_trusted_certificate_issued_to_another_name_fails_the_host_name_check() throws Exception {
    TransportException failure =
        failureOf(
            localhost(otherNameServer),
            ConnectOptions.defaults().withSslContext(trusting(otherNameKeys)));

    assertThat(failure.kind()).isEqualTo(Kind.TLS_FAILED);
    assertThat(failure).hasMessageContaining("localhost");
  }

  @Test
  void an_endpoint_that_is_not_ws_is_refused_naming_it() {
    assertThat(
            client.connect(
                URI.create("serial:/dev/ttyUSB0"), ConnectOptions.defaults(), new Echo()))
        .failsWithin(java.time.Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalArgumentException.class)
        .withMessageContaining("serial:/dev/ttyUSB0");
  }

  private TransportException failureOf(URI endpoint, ConnectOptions options) {
    try {
      client.connect(endpoint, options, new Echo()).toCompletableFuture().get(10, TimeUnit.SECONDS);
      throw new AssertionError("the connect should have failed");
    } catch (ExecutionException failed) {
      assertThat(failed.getCause()).isInstanceOf(TransportException.class);
      return (TransportException) failed.getCause();
    } catch (Exception other) {
      throw new AssertionError(other);
    }
  }

  /** The server listens on 127.0.0.1; the certificate names "localhost". */
  private static URI localhost(ServerBinding server) {
    return URI.create("wss://localhost:" + server.port());
  }

  private static ServerBinding tlsServer(KeyStore keyStore) throws Exception {
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keyStore, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);
    return new TyrusServerTransport(TyrusServerConfig.defaults().withTls(context))
        .bind(
            new BindOptions("127.0.0.1", 0, ConnectOptions.DEFAULT_MAX_FRAME_CHARS),
            c -> new Echo())
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private static SSLContext trusting(KeyStore keyStore) throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("terminal", keyStore.getCertificate("terminal"));
    TrustManagerFactory trustManagers =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trustManagers.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trustManagers.getTrustManagers(), null);
    return context;
  }

  /** The JDK's own keytool: a key pair and a self-signed certificate for {@code dnsName}. */
  private static KeyStore selfSigned(String dnsName) throws Exception {
    Path store = keys.resolve(dnsName + ".p12");
    Path keytool =
        Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "terminal",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=" + dnsName,
                    "-ext",
                    "SAN=dns:" + dnsName,
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    new String(PASSWORD)))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
    assertThat(process.exitValue()).as("keytool exit code, output: %s", output).isZero();
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, PASSWORD);
    }
    return keyStore;
  }
}
