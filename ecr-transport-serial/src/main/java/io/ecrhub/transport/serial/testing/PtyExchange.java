package io.ecrhub.transport.serial.testing;

import io.ecrhub.transport.serial.JSerialCommPorts;
import io.ecrhub.transport.serial.SerialAddress;
import io.ecrhub.transport.serial.SerialLine;
import io.ecrhub.transport.serial.SerialPorts;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A switchboard of pseudo-terminal cables, so that one serial "binding" can take any number of POS
 * connections, as a socket server does: every {@link #open} of a name that a terminal {@link
 * #serve}s plugs a fresh {@link PtyPair} between them, and both ends are opened as real serial
 * ports through jSerialComm. That is what lets the transport contract kit, written for servers with
 * many clients, run against the serial transport over real ttys.
 *
 * <p>Give the same exchange to a {@code SerialClientTransport} and a {@code SerialServerTransport};
 * bind the server to any name ({@code new BindOptions("terminal-1", 0, limit)}), connect the client
 * to {@code serial:terminal-1}. {@link #close()} unplugs every cable.
 */
public final class PtyExchange implements SerialPorts, AutoCloseable {

  private final SerialPorts system;
  private final Map<String, Consumer<SerialLine>> terminals = new ConcurrentHashMap<>();
  private final List<PtyPair> cables = new CopyOnWriteArrayList<>();

  /** An exchange that opens both ends of each cable through jSerialComm. */
  public PtyExchange() {
    this(new JSerialCommPorts());
  }

  /** An exchange that opens the ends through {@code system}: a test's failing ports. */
  PtyExchange(SerialPorts system) {
    this.system = system;
  }

  @Override
  public SerialLine open(SerialAddress address) throws IOException {
    Consumer<SerialLine> terminal = terminals.get(address.toString());
    if (terminal == null) {
      throw new IOException("no terminal serves " + address + " on this exchange");
    }
    PtyPair cable = PtyPair.open();
    SerialLine far = null;
    SerialLine pos;
    try {
      far = system.open(new SerialAddress.Device(cable.terminalEnd().toString()));
      pos = system.open(new SerialAddress.Device(cable.posEnd().toString()));
    } catch (IOException | RuntimeException failed) {
      // neither end is handed out: close what was opened, and the cable never was plugged
      if (far != null) {
        far.close();
      }
      cable.close();
      throw failed;
    }
    cables.add(cable);
    terminal.accept(far);
    return pos;
  }

  @Override
  public AutoCloseable serve(SerialAddress address, Consumer<SerialLine> lines) throws IOException {
    String name = address.toString();
    if (terminals.putIfAbsent(name, lines) != null) {
      throw new IOException(name + " is already served on this exchange");
    }
    return () -> terminals.remove(name, lines);
  }

  /**
   * The cables plugged so far, in order, including unplugged ones; {@link PtyPair#unplug()} on one
   * simulates a pulled USB cable.
   *
   * @return an immutable snapshot
   */
  public List<PtyPair> cables() {
    return List.copyOf(cables);
  }

  /** Unplugs every cable. */
  @Override
  public void close() {
    cables.forEach(PtyPair::close);
  }
}
