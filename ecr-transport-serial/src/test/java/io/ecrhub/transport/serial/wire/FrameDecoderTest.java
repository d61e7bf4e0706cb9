package io.ecrhub.transport.serial.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

  private final List<SerialFrame> frames = new ArrayList<>();
  private final FrameDecoder decoder = new FrameDecoder(frames::add);

  private static SerialFrame data(int id, String text) {
    return SerialFrame.data(id, text.getBytes(StandardCharsets.UTF_8));
  }

  private void feed(byte[]... parts) {
    for (byte[] part : parts) {
      decoder.feed(part, part.length);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @RepeatedTest(20)
  void frames_cut_into_random_chunks_come_out_whole_and_in_order(RepetitionInfo repetition) {
    long seed = 0x5EA1L * repetition.getCurrentRepetition();
    System.out.println("FrameDecoderTest chunking seed " + seed);
    Random random = new Random(seed);
    List<SerialFrame> sent = new ArrayList<>();
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (int i = 1; i <= 50; i++) {
      SerialFrame frame =
          switch (random.nextInt(4)) {
            case 0 -> SerialFrame.heartbeat();
            case 1 -> SerialFrame.ack(i);
            default -> data(i, "message " + i + " ü€😀".repeat(random.nextInt(40)));
          };
      sent.add(frame);
      wire.writeBytes(frame.encode());
    }
    byte[] bytes = wire.toByteArray();

    for (int at = 0; at < bytes.length; ) {
      int chunk = Math.min(bytes.length - at, 1 + random.nextInt(64));
      byte[] part = new byte[chunk];
      System.arraycopy(bytes, at, part, 0, chunk);
      feed(part);
      at += chunk;
    }

    assertThat(frames).isEqualTo(sent);
    assertThat(decoder.brokenFrames()).isZero();
    assertThat(decoder.skippedBytes()).isZero();
    assertThat(decoder.pendingBytes()).isZero();
  }

  @Test
  void garbage_before_and_between_frames_is_skipped_and_counted() {
    byte[] noise = {0x00, 0x55, 0x13, (byte) 0xCC, 0x33, 0x55};

    feed(concat(noise, data(1, "one").encode(), noise, data(2, "two").encode()));

    assertThat(frames).containsExactly(data(1, "one"), data(2, "two"));
    assertThat(decoder.skippedBytes()).isEqualTo(2L * noise.length);
    assertThat(decoder.brokenFrames()).isZero();
  }

  @Test
  void a_frame_with_a_flipped_payload_byte_fails_the_xor_is_dropped_and_the_next_one_decodes() {
    byte[] hit = data(1, "corrupt me").encode();
    hit[SerialFrame.HEADER_BYTES + 3] ^= 0x20;

    feed(concat(hit, data(2, "fine").encode()));

    assertThat(frames).containsExactly(data(2, "fine"));
    assertThat(decoder.brokenFrames()).isEqualTo(1);
  }

  @Test
  void a_frame_that_lost_a_byte_is_dropped_when_the_next_frame_shows_up_behind_it() {
    byte[] whole = data(1, "lose a byte").encode();
    byte[] short1 = new byte[whole.length - 1];
    System.arraycopy(whole, 0, short1, 0, 9);
    System.arraycopy(whole, 10, short1, 9, whole.length - 10);

    feed(short1, data(2, "next").encode());

    assertThat(frames).containsExactly(data(2, "next"));
    assertThat(decoder.brokenFrames()).isEqualTo(1);
  }

  @Test
  void a_length_byte_hit_by_noise_is_given_up_when_the_line_goes_quiet() {
    byte[] hit = data(1, "length hit").encode();
    hit[5] = (byte) 0x7F; // now announces 32 KB that never come

    feed(hit);
    assertThat(frames).isEmpty();
    decoder.quiet();
    feed(data(2, "after the pause").encode());

    assertThat(frames).containsExactly(data(2, "after the pause"));
    assertThat(decoder.brokenFrames()).isEqualTo(1);
    assertThat(decoder.pendingBytes()).isZero();
  }

  @Test
  void a_wrong_tail_is_a_broken_frame() {
    byte[] hit = data(1, "tail").encode();
    hit[hit.length - 1] = 0x34;

    feed(hit, data(2, "ok").encode());

    assertThat(frames).containsExactly(data(2, "ok"));
    assertThat(decoder.brokenFrames()).isEqualTo(1);
  }

  @Test
  void frames_of_an_unknown_type_are_skipped_like_the_vendor_skips_them() {
    byte[] unknown = SerialFrame.heartbeat().encode();
    unknown[2] = 0x09;
    unknown[7] = 0x09; // keep the XOR right

    feed(unknown, SerialFrame.heartbeat().encode());

    assertThat(frames).containsExactly(SerialFrame.heartbeat());
    assertThat(decoder.unknownFrames()).isEqualTo(1);
    assertThat(decoder.brokenFrames()).isZero();
  }

  @Test
  void a_head_split_over_two_reads_is_kept() {
    byte[] frame = data(3, "split head").encode();

    feed(new byte[] {0x01, frame[0]});
    assertThat(decoder.pendingBytes()).isEqualTo(1);
    byte[] rest = new byte[frame.length - 1];
    System.arraycopy(frame, 1, rest, 0, rest.length);
    feed(rest);

    assertThat(frames).containsExactly(data(3, "split head"));
  }

  @Test
  void the_largest_payload_the_length_field_allows_decodes() {
    byte[] payload = new byte[SerialFrame.MAX_PAYLOAD_BYTES];
    java.util.Arrays.fill(payload, (byte) 'x');

    feed(SerialFrame.data(9, payload).encode());

    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).payloadLength()).isEqualTo(SerialFrame.MAX_PAYLOAD_BYTES);
  }
}
