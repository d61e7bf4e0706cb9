/**
 * What a POS embeds: {@code EcrClient} and its builder ({@code io.ecrhub.app.api}) with the events
 * its listeners hear ({@code io.ecrhub.app.events}), over the WebSocket transport and with the
 * durable JDBC journal by default. The Guice modules ({@code io.ecrhub.app.inject}) need Guice, or
 * the loopback transport, only when used: those are optional.
 */
module io.ecrhub.app {
  requires transitive io.ecrhub.protocol;
  requires transitive io.ecrhub.transport.tyrus;
  requires org.slf4j;
  requires static com.google.guice;
  requires static jakarta.inject;
  requires transitive io.ecrhub.journal.jdbc;
  requires static io.ecrhub.transport.loopback;

  exports io.ecrhub.app.api;
  exports io.ecrhub.app.events;
  exports io.ecrhub.app.inject;

  // Guice calls the modules' @Provides methods reflectively
  opens io.ecrhub.app.inject to
      com.google.guice;
}
