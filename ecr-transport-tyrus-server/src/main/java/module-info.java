/** The WebSocket server transport on Tyrus and Grizzly, for the terminal side. */
module io.ecrhub.transport.tyrus.server {
  requires transitive io.ecrhub.protocol;
  requires io.ecrhub.transport.tyrus;
  requires jakarta.websocket;
  requires org.glassfish.tyrus.core;
  requires org.glassfish.tyrus.spi;
  requires org.glassfish.tyrus.server;
  requires org.glassfish.tyrus.container.grizzly.server;
  requires org.glassfish.grizzly;
  requires org.glassfish.grizzly.http;
  requires org.glassfish.grizzly.http.server;

  exports io.ecrhub.transport.tyrus.server;
}
