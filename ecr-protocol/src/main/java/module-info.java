/**
 * The WiseCashier JSON protocol and the transport SPI. API: the SPI and its support package, the
 * codec and the wire records it binds, topics, the terminal-side dispatcher and the client's
 * options; the client session and the domain mapping are implementation, shared only with the
 * modules built on them.
 */
@SuppressWarnings("module") // the qualified friends are built after this module
module io.ecrhub.protocol {
  requires transitive io.ecrhub.domain;
  requires transitive jakarta.json;
  requires transitive jakarta.json.bind;
  requires org.slf4j;

  exports io.ecrhub.protocol.spi;
  exports io.ecrhub.protocol.spi.support;
  exports io.ecrhub.protocol.topic;
  exports io.ecrhub.protocol.terminal;
  exports io.ecrhub.protocol.client;
  // JSON-B binds the records of these two packages. Yasson reaches their accessors through a
  // public lookup, which sees only packages exported to everybody: "opens ... to
  // org.eclipse.yasson" is not enough (Yasson issue 545)
  exports io.ecrhub.protocol.codec;
  exports io.ecrhub.protocol.wire;
  exports io.ecrhub.protocol.client.internal to
      io.ecrhub.app;

  // ClientTransports picks a transport for a URI scheme among the providers on the module path
  uses io.ecrhub.protocol.spi.ClientTransportProvider;
  // a terminal named by serial number (sn:…) is located by a provider on the module path
  uses io.ecrhub.protocol.spi.TerminalLocatorProvider;

  exports io.ecrhub.protocol.mapping.internal to
      io.ecrhub.app,
      io.ecrhub.simulator;
}
