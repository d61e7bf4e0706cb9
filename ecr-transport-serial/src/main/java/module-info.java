/**
 * The USB/serial transport in the vendor's framing: {@code io.ecrhub.transport.serial} (client,
 * terminal side, provider), {@code .wire} (the frame codec) and {@code .testing} (pseudo-terminal
 * pairs for tests over real ttys).
 */
module io.ecrhub.transport.serial {
  requires transitive io.ecrhub.protocol;
  requires com.fazecast.jSerialComm;

  exports io.ecrhub.transport.serial;
  exports io.ecrhub.transport.serial.wire;
  exports io.ecrhub.transport.serial.testing;

  provides io.ecrhub.protocol.spi.ClientTransportProvider with
      io.ecrhub.transport.serial.SerialClientTransportProvider;
}
