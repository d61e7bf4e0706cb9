package io.ecrhub.protocol.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class FrameLimitTest {

  private final FrameLimit limit = new FrameLimit(4);

  @Test
  void a_text_frame_is_measured_in_chars() {
    assertThat(limit.admits("abcd")).isTrue();
    assertThat(limit.admits("abcde")).isFalse();
    assertThat(limit.admits("😀😀")).as("two surrogate pairs are four chars").isTrue();
    assertThat(limit.admits("😀😀a")).isFalse();
  }

  @Test
  void a_binary_frame_is_measured_by_the_text_its_utf8_bytes_spell() {
    assertThat(limit.admits(utf8("€€€€"))).as("12 bytes, 4 chars").isTrue();
    assertThat(limit.admits(utf8("€€€€a"))).isFalse();
    assertThat(limit.admits(utf8("😀😀"))).as("8 bytes, 4 chars").isTrue();
    assertThat(limit.admits(utf8("😀😀😀"))).isFalse();
    assertThat(limit.admits(new byte[13])).as("more bytes than any 4 chars can take").isFalse();
  }

  @RepeatedTest(10)
  void counting_chars_of_utf8_agrees_with_decoding(RepetitionInfo run) {
    long seed = 4242L * run.getCurrentRepetition();
    System.out.println("seed=" + seed);
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int[] alphabet = {'a', 'ß', '€', '中', 0x1F600, 0x1D11E};
    for (int i = 0; i < 1 + random.nextInt(40); i++) {
      text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
    }
    String frame = text.toString();
    FrameLimit exact = new FrameLimit(frame.length());
    FrameLimit oneLess = new FrameLimit(Math.max(1, frame.length() - 1));

    assertThat(exact.admits(utf8(frame))).as("seed=%d %s", seed, frame).isTrue();
    if (frame.length() > 1) {
      assertThat(oneLess.admits(utf8(frame))).as("seed=%d %s", seed, frame).isFalse();
    }
  }

  @Test
  void the_bytes_a_frame_within_the_limit_may_take() {
    assertThat(limit.maxUtf8Bytes()).isEqualTo(12);
  }

  @Test
  void the_refusals_say_how_big_the_frame_was_and_the_limit() {
    assertThat(limit.refusal("abcde")).isEqualTo("frame of 5 chars exceeds the limit of 4");
    assertThat(limit.refusal(new byte[20]))
        .isEqualTo("binary frame of 20 bytes exceeds the limit of 4 chars");
    assertThat(limit.refusalOfAnnounced(70_000))
        .isEqualTo("frame of 70000 bytes exceeds the limit of 4 chars");
  }

  @Test
  void a_limit_below_one_is_refused_naming_it() {
    assertThatThrownBy(() -> new FrameLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChars");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
