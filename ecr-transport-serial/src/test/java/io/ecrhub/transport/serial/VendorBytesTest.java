package io.ecrhub.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.spi.ConnectOptions;
import io.ecrhub.protocol.spi.Connection;
import io.ecrhub.transport.serial.testing.PtyPair;
import io.ecrhub.transport.serial.wire.FrameDecoder;
import java.net.URI;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The POS side against a terminal played byte by byte, as the vendor's SDK writes the bytes: the
 * hex strings here are the vendor's frames, not this project's encoder's output.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VendorBytesTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  // 55 AA | type | ack | id | len | payload | XOR | CC 33
  private static final String HANDSHAKE = "55AA" + "01" + "00" + "00" + "0000" + "01" + "CC33";
  private static final String CONFIRM = "55AA" + "02" + "00" + "00" + "0000" + "02" + "CC33";
  private static final String HEARTBEAT = "55AA" + "00" + "00" + "00" + "0000" + "00" + "CC33";

  /** What the POS writes, frame by frame, as hex. */
  private final LinkedBlockingQueue<String> fromPos = new LinkedBlockingQueue<>();

  private final FrameDecoder decoder =
      new FrameDecoder(frame -> fromPos.add(HEX.formatHex(frame.encode())));

  @Test
  void handshake_heartbeat_ack_and_resend_are_the_vendor_bytes() throws Exception {
    try (PtyPair cable = PtyPair.open();
        SerialClientTransport pos = new SerialClientTransport();
        SerialLine terminal =
            new JSerialCommPorts().open(new SerialAddress.Device(cable.terminalEnd().toString()))) {
      startReading(terminal);
      Recorder listener = Recorder.recording();
      CompletableFuture<Connection> connecting =
          pos.connect(URI.create("serial:" + cable.posEnd()), ConnectOptions.defaults(), listener)
              .toCompletableFuture();

      assertThat(next()).isEqualTo(HANDSHAKE);
      terminal.write(HEX.parseHex(CONFIRM));
      Connection connection = connecting.get(10, TimeUnit.SECONDS);
      assertThat(next(HANDSHAKE)).as("first frame after the confirm").isEqualTo(HEARTBEAT);

      // the terminal sends data frame 0x80 "{}": the POS acknowledges 0x80 and delivers "{}"
      // (XOR: 80 ^ 02 ^ 7B ^ 7D = 84)
      terminal.write(HEX.parseHex("55AA" + "00" + "00" + "80" + "0002" + "7B7D" + "84" + "CC33"));
      assertThat(next(HANDSHAKE, HEARTBEAT))
          .isEqualTo("55AA" + "00" + "80" + "00" + "0000" + "80" + "CC33");
      assertThat(listener.awaitTexts(1)).containsExactly("{}");

      // the POS's first data frame is id 1 (XOR: 01 ^ 02 ^ 7B ^ 7D = 05); without an ACK it comes
      // again, byte for byte, and its send completes only when the ACK came
      CompletableFuture<Void> sent = connection.send("{}").toCompletableFuture();
      String first = next(HANDSHAKE, HEARTBEAT);
      assertThat(first).isEqualTo("55AA" + "00" + "00" + "01" + "0002" + "7B7D" + "05" + "CC33");
      assertThat(next(HANDSHAKE, HEARTBEAT)).as("the resend").isEqualTo(first);
      assertThat(sent).isNotDone();
      terminal.write(HEX.parseHex("55AA" + "00" + "01" + "00" + "0000" + "01" + "CC33"));
      sent.get(10, TimeUnit.SECONDS);
    }
  }

  private void startReading(SerialLine terminal) {
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[1024];
              try {
                for (int n = terminal.read(buffer); n >= 0; n = terminal.read(buffer)) {
                  if (n > 0) {
                    decoder.feed(buffer, n);
                  }
                }
              } catch (java.io.IOException closed) {
                // the test is over
              }
            },
            "vendor-terminal-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next frame from the POS that is not one of {@code ignored}. */
  private String next(String... ignored) throws InterruptedException {
    java.util.List<String> skip = java.util.List.of(ignored);
    while (true) {
      String frame = fromPos.poll(10, TimeUnit.SECONDS);
      assertThat(frame).as("a frame from the POS").isNotNull();
      if (!skip.contains(frame)) {
        return frame;
      }
    }
  }
}
