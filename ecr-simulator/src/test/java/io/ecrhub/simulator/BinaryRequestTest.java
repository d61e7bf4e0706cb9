package io.ecrhub.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.TransactionStatus;
import io.ecrhub.protocol.spi.ConnectionListener;
import io.ecrhub.simulator.Frames.Biz;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A POS that sends its JSON in binary frames is answered like one that sends text. */
class BinaryRequestTest {

  private final TerminalFixture terminal = TerminalFixture.standard();

  @Test
  void an_order_in_a_binary_frame_is_approved_and_answered_in_text() {
    RecordingConnection connection = terminal.connect();
    ConnectionListener dispatcher = terminal.dispatcher.accept(connection);

    dispatcher.onBinary(
        connection, Frames.payOrder(Biz.sale("BIN1", "12.00")).getBytes(StandardCharsets.UTF_8));
    terminal.advance(terminal.options.approveDelay());

    assertThat(connection.onlyAnswer().code()).isEqualTo("000");
    assertThat(terminal.ledger().find("BIN1").map(LedgerEntry::status))
        .containsExactly(TransactionStatus.COMPLETED);
  }

  @Test
  void bytes_that_are_not_utf8_are_not_answered_and_the_connection_stays_open() {
    RecordingConnection connection = terminal.connect();
    ConnectionListener dispatcher = terminal.dispatcher.accept(connection);

    dispatcher.onBinary(connection, new byte[] {(byte) 0xC0, (byte) 0x80, '{'});

    assertThat(connection.answers()).isEmpty();
    assertThat(connection.isOpen()).isTrue();
  }
}
