package io.ecrhub.transport.serial.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The frames byte for byte as the vendor's SDKs write them. */
class SerialFrameTest {

  private static String hex(SerialFrame frame) {
    return HexFormat.of().withUpperCase().formatHex(frame.encode());
  }

  @Test
  void control_frames_match_the_vendor_bytes() {
    assertThat(hex(SerialFrame.handshake())).isEqualTo("55AA0100000000" + "01" + "CC33");
    assertThat(hex(SerialFrame.handshakeConfirm())).isEqualTo("55AA0200000000" + "02" + "CC33");
    assertThat(hex(SerialFrame.heartbeat())).isEqualTo("55AA0000000000" + "00" + "CC33");
    assertThat(hex(SerialFrame.ack(0x2A))).isEqualTo("55AA00" + "2A" + "000000" + "2A" + "CC33");
  }

  @Test
  void a_data_frame_carries_id_big_endian_length_payload_and_the_xor_of_type_to_payload() {
    SerialFrame frame = SerialFrame.data(0xFF, "{}".getBytes(StandardCharsets.US_ASCII));

    // type 00 ^ ack 00 ^ id FF ^ len 00 02 ^ '{' 7B ^ '}' 7D = FF ^ 02 ^ 06 = FB
    assertThat(hex(frame)).isEqualTo("55AA" + "00" + "00" + "FF" + "0002" + "7B7D" + "FB" + "CC33");
  }

  @Test
  void a_close_notice_carries_code_and_reason() {
    SerialFrame close = SerialFrame.close(4000, "keep-alive lost", false);

    assertThat(close.closeCode()).isEqualTo(4000);
    assertThat(close.closeReason()).isEqualTo("keep-alive lost");
    assertThat(close.isCloseConfirmation()).isFalse();
    assertThat(SerialFrame.close(1000, "", true).isCloseConfirmation()).isTrue();
  }

  @Test
  void kinds_of_common_frames_are_told_apart_by_ack_and_id() {
    assertThat(SerialFrame.heartbeat().isHeartbeat()).isTrue();
    assertThat(SerialFrame.ack(7).isAck()).isTrue();
    assertThat(SerialFrame.ack(7).isData()).isFalse();
    assertThat(SerialFrame.data(7, new byte[] {1}).isData()).isTrue();
    assertThat(SerialFrame.data(7, new byte[] {1}).isHeartbeat()).isFalse();
  }

  @Test
  void ids_and_payloads_out_of_range_are_refused_with_the_field_named() {
    assertThatThrownBy(() -> SerialFrame.data(0, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must be 1..255");
    assertThatThrownBy(() -> SerialFrame.data(256, new byte[0]))
        .hasMessageContaining("id must be 1..255");
    assertThatThrownBy(() -> SerialFrame.data(1, new byte[SerialFrame.MAX_PAYLOAD_BYTES + 1]))
        .hasMessageContaining("payload: 65536 bytes");
  }
}
