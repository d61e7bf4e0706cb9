/** The WebSocket client transport on the JDK's own {@code java.net.http.WebSocket}. */
module io.ecrhub.transport.jdk {
  requires transitive io.ecrhub.protocol;
  requires java.net.http;

  exports io.ecrhub.transport.jdk;

  provides io.ecrhub.protocol.spi.ClientTransportProvider with
      io.ecrhub.transport.jdk.JdkClientTransportProvider;
}
