package io.ecrhub.transport.tyrus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The frame-header parser on its own, with the bytes cut into random pieces the way TCP may cut
 * them. The real sockets in the other tests rarely split a header; these tests do it on purpose.
 */
class FrameSizeGuardTest {

  private static final int LIMIT = 1000;

  /** Stands in for Tyrus' read handler: keeps every byte it is given. */
  private final ByteArrayOutputStream passed = new ByteArrayOutputStream();

  private final List<Long> refusals = new ArrayList<>();
  private final FrameSizeGuard guard =
      new FrameSizeGuard(
          data -> {
            while (data.hasRemaining()) {
              passed.write(data.get());
            }
          },
          LIMIT,
          refusals::add);

  @RepeatedTest(20)
  void frames_within_the_limit_pass_unchanged_however_the_bytes_are_cut(RepetitionInfo run) {
    long seed = 1009L * run.getCurrentRepetition();
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    for (int i = 0; i < 50; i++) {
      int opcode = random.nextInt(4) == 0 ? 0x9 : 0x1;
      int length = opcode == 0x9 ? random.nextInt(126) : random.nextInt(LIMIT + 1);
      wire.writeBytes(frame(opcode, length, random.nextBoolean(), random));
    }

    feedInRandomPieces(wire.toByteArray(), random);

    assertThat(refusals).as("seed=%d", seed).isEmpty();
    assertThat(passed.toByteArray()).as("seed=%d", seed).isEqualTo(wire.toByteArray());
  }

  @RepeatedTest(20)
  void an_oversized_frame_is_refused_and_only_the_frames_before_it_pass(RepetitionInfo run) {
    long seed = 6455L * run.getCurrentRepetition();
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    ByteArrayOutputStream before = new ByteArrayOutputStream();
    for (int i = 0; i < random.nextInt(5); i++) {
      before.writeBytes(frame(0x1, random.nextInt(LIMIT + 1), true, random));
    }
    long oversized = LIMIT + 1 + random.nextInt(100_000);
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.writeBytes(before.toByteArray());
    wire.writeBytes(frame(0x1, (int) oversized, true, random));
    wire.writeBytes(frame(0x1, 3, true, random));

    feedInRandomPieces(wire.toByteArray(), random);

    assertThat(refusals).as("seed=%d", seed).containsExactly(oversized);
    // Tyrus may also have been given the first bytes of the refused frame's header; no payload.
    byte[] passedBytes = passed.toByteArray();
    assertThat(passedBytes.length).as("seed=%d", seed).isBetween(before.size(), before.size() + 13);
    assertThat(ByteBuffer.wrap(passedBytes, 0, before.size()))
        .as("seed=%d", seed)
        .isEqualTo(ByteBuffer.wrap(before.toByteArray()));
  }

  @Test
  void a_64_bit_length_is_read_and_refused() {
    byte[] header = {(byte) 0x81, (byte) 0xFF, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4};

    guard.handle(ByteBuffer.wrap(header));

    assertThat(refusals).containsExactly(1L << 32);
    assertThat(passed.size()).isZero();
  }

  @Test
  void a_64_bit_length_with_the_top_bit_set_is_refused() {
    byte[] header = {(byte) 0x81, 0x7F, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0};

    guard.handle(ByteBuffer.wrap(header));

    assertThat(refusals).hasSize(1);
  }

  @Test
  void after_a_refusal_nothing_more_reaches_tyrus() {
    guard.handle(ByteBuffer.wrap(frame(0x2, LIMIT + 1, false, new Random(1))));
    guard.handle(ByteBuffer.wrap(frame(0x1, 1, false, new Random(2))));

    assertThat(refusals).containsExactly((long) LIMIT + 1);
    assertThat(passed.size()).isZero();
  }

  private void feedInRandomPieces(byte[] wire, Random random) {
    int at = 0;
    while (at < wire.length) {
      int piece = Math.min(wire.length - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 3000));
      ByteBuffer buffer = ByteBuffer.wrap(wire, at, piece);
      guard.handle(buffer);
      assertThat(buffer.hasRemaining()).as("the guard leaves every read consumed").isFalse();
      at += piece;
    }
  }

  /** One WebSocket frame: FIN set, the shortest length encoding, random mask and payload. */
  private static byte[] frame(int opcode, int length, boolean masked, Random random) {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x80 | opcode);
    int maskBit = masked ? 0x80 : 0;
    if (length < 126) {
      frame.write(maskBit | length);
    } else if (length < 65536) {
      frame.write(maskBit | 126);
      frame.write(length >>> 8);
      frame.write(length & 0xFF);
    } else {
      frame.write(maskBit | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) (((long) length >>> shift) & 0xFF));
      }
    }
    byte[] rest = new byte[(masked ? 4 : 0) + length];
    random.nextBytes(rest);
    frame.writeBytes(rest);
    return frame.toByteArray();
  }
}
