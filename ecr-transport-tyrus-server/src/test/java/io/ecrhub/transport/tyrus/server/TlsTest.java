package io.ecrhub.transport.tyrus.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.protocol.spi.TransportException;
import io.ecrhub.protocol.spi.TransportException.Kind;
import io.ecrhub.transport.tyrus.TyrusClientTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.List;
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

/** {@code wss://} against this module's server with self-signed certificates made by keytool. */
class TlsTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path keys;

  private static KeyStore localhostKeys;
  private static KeyStore otherNameKeys;
  private static LoopbackServer localhostServer;
  private static LoopbackServer otherNameServer;

  private final TyrusClientTransport client = new TyrusClientTransport();

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
  void wss_to_a_server_whose_certificate_is_trusted_and_names_the_host_works() throws Exception {
    RecordingListener listener = new RecordingListener();

    Connection connection =
        client
            .connect(
                localhost(localhostServer),
                ConnectOptions.defaults().withSslContext(trusting(localhostKeys)),
                listener)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    connection.send("over tls").toCompletableFuture().get(10, TimeUnit.SECONDS);

    assertThat(localhostServer.address().getScheme()).isEqualTo("wss");
    assertThat(listener.nextText()).isEqualTo("over tls");
  }

  @Test
  void wss_with_the_default_trust_store_rejects_a_self_signed_certificate_with_TLS_FAILED() {
    TransportException failure = failureOf(localhost(localhostServer), ConnectOptions.defaults());

    assertThat(failure.kind()).isEqualTo(Kind.TLS_FAILED);
    assertThat(failure.nothingSent()).isTrue();
    assertThat(failure).hasRootCauseInstanceOf(CertPathBuilderException.class);
  }

  @Test
  void wss_to_a_trusted_certificate_issued_to_another_name_fails_with_TLS_FAILED()
      throws Exception {
    TransportException failure =
        failureOf(
            localhost(otherNameServer),
            ConnectOptions.defaults().withSslContext(trusting(otherNameKeys)));

    assertThat(failure.kind()).isEqualTo(Kind.TLS_FAILED);
    // Trusted, so it is the host name check that refused it.
    assertThat(failure)
        .hasRootCauseInstanceOf(CertificateException.class)
        .rootCause()
        .hasMessageContaining("localhost");
  }

  private TransportException failureOf(URI endpoint, ConnectOptions options) {
    RecordingListener listener = new RecordingListener();
    ExecutionException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class,
            () ->
                client
                    .connect(endpoint, options, listener)
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS));
    assertThat(listener.opens).hasValue(0);
    assertThat(failure.getCause()).isInstanceOf(TransportException.class);
    return (TransportException) failure.getCause();
  }

  /** The server listens on 127.0.0.1; the certificate names "localhost". */
  private static URI localhost(LoopbackServer server) {
    return URI.create("wss://localhost:" + server.binding.port());
  }

  private static LoopbackServer tlsServer(KeyStore keyStore) throws Exception {
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keyStore, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);
    return LoopbackServer.start(
        new TyrusServerTransport(TyrusServerConfig.defaults().withTls(context)),
        ConnectOptions.DEFAULT_MAX_FRAME_CHARS,
        RecordingListener::echoing);
  }

  /** A client context that trusts exactly the certificate in {@code keyStore}. */
  private static SSLContext trusting(KeyStore keyStore)
      throws GeneralSecurityException, IOException {
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

  /** Runs the JDK's own keytool: a key pair and a self-signed certificate for {@code dnsName}. */
  private static KeyStore selfSigned(String dnsName) throws Exception {
    Path store = keys.resolve(dnsName + ".p12");
    Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
    Path keytool = java.resolveSibling("keytool");
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
