/** The WebSocket client transport on Tyrus: {@code io.ecrhub.transport.tyrus}. */
@SuppressWarnings("module") // the server side is built after this module
module io.ecrhub.transport.tyrus {
  requires transitive io.ecrhub.protocol;
  requires jakarta.websocket.client;
  requires org.glassfish.tyrus.client;
  requires org.glassfish.tyrus.core;
  requires org.glassfish.tyrus.spi;
  requires org.glassfish.tyrus.container.jdk.client;

  exports io.ecrhub.transport.tyrus;

  provides io.ecrhub.protocol.spi.ClientTransportProvider with
      io.ecrhub.transport.tyrus.TyrusClientTransportProvider;

  // the server side shares the connection, the endpoint and the frame guard; Tyrus instantiates
  // the container by name and calls the endpoint reflectively
  exports io.ecrhub.transport.tyrus.internal to
      io.ecrhub.transport.tyrus.server,
      org.glassfish.tyrus.client,
      org.glassfish.tyrus.core;
}
