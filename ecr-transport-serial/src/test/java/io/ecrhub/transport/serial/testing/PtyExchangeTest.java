package io.ecrhub.transport.serial.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ecrhub.transport.serial.SerialAddress;
import io.ecrhub.transport.serial.SerialLine;
import io.ecrhub.transport.serial.SerialPorts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A cable whose POS end cannot be opened leaves nothing open behind and is not listed. */
class PtyExchangeTest {

  /** Opens the terminal end (first) and fails on the POS end (second), as a busy tty does. */
  private static final class PosEndFails implements SerialPorts {
    final List<OpenedLine> opened = new ArrayList<>();

    @Override
    public SerialLine open(SerialAddress address) throws IOException {
      if (opened.isEmpty()) {
        OpenedLine line = new OpenedLine(address.toString());
        opened.add(line);
        return line;
      }
      throw new IOException("cannot open " + address + ": port busy");
    }

    @Override
    public AutoCloseable serve(SerialAddress address, Consumer<SerialLine> lines) {
      throw new UnsupportedOperationException("the exchange serves, not the ports");
    }
  }

  private static final class OpenedLine implements SerialLine {
    private final String name;
    boolean closed;

    OpenedLine(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int read(byte[] buffer) {
      return closed ? -1 : 0;
    }

    @Override
    public void write(byte[] bytes) {}

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void the_terminal_end_is_closed_and_the_cable_dropped_when_the_pos_end_fails() throws Exception {
    assumeTrue(PtyPair.socatAvailable(), "socat is needed for a pty pair");
    PosEndFails ports = new PosEndFails();
    List<SerialLine> handedToTheTerminal = new ArrayList<>();
    try (PtyExchange exchange = new PtyExchange(ports)) {
      SerialAddress terminal = new SerialAddress.Device("terminal-1");
      exchange.serve(terminal, handedToTheTerminal::add);

      assertThatThrownBy(() -> exchange.open(terminal))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("port busy");

      assertThat(ports.opened).hasSize(1);
      assertThat(ports.opened.get(0).closed).as("the terminal end opened first").isTrue();
      assertThat(handedToTheTerminal).isEmpty();
      assertThat(exchange.cables()).isEmpty();
    }
  }
}
