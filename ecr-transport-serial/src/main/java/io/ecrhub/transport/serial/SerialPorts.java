package io.ecrhub.transport.serial;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where serial lines come from. {@link JSerialCommPorts} opens the machine's ports; tests hand in
 * pseudo-terminals ({@code io.ecrhub.transport.serial.testing.PtyExchange}).
 */
public interface SerialPorts {

  /**
   * Opens the port {@code address} names, for the POS side.
   *
   * @param address the port, or how to find it
   * @return the open line; the caller closes it
   * @throws IOException when there is no such port or it cannot be opened (busy, no permission)
   */
  SerialLine open(SerialAddress address) throws IOException;

  /**
   * Starts handing the lines a terminal serves under {@code address} to {@code lines}. A real port
   * is one line, handed over at once; a test exchange may hand over a line for every client that
   * connects. The returned handle stops the handing over (lines already handed over stay with their
   * receiver, which closes them). By default opens the port once and hands it over at once.
   *
   * @param address the port, or how to find it
   * @param lines receives each line, on the calling thread or the exchange's own
   * @return a handle that stops handing over lines; closing it twice is harmless
   * @throws IOException when the port cannot be opened
   */
  default AutoCloseable serve(SerialAddress address, Consumer<SerialLine> lines)
      throws IOException {
    lines.accept(open(address));
    return () -> {};
  }
}
