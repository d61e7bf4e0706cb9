package io.ecrhub.simulator.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePrettyPrinterTest {

  @Test
  void indents_members_and_keeps_every_token_as_it_was_sent() {
    String frame =
        "{\"topic\":\"ecrhub.pay.order\",\"timestamp\":1796393991137,"
            + "\"biz_data\":{\"order_amount\":10.00,\"odd\":\"1e999999\",\"lines\":[1,2]}}";

    assertThat(FramePrettyPrinter.pretty(frame))
        .isEqualTo(
            """
            {
              "topic": "ecrhub.pay.order",
              "timestamp": 1796393991137,
              "biz_data": {
                "order_amount": 10.00,
                "odd": "1e999999",
                "lines": [
                  1,
                  2
                ]
              }
            }""");
  }

  @Test
  void brackets_commas_colons_and_escapes_inside_strings_are_left_alone() {
    String frame = "{\"msg\":\"a, {b}: [c] \\\"quoted\\\" \\\\\",\"empty\":{},\"none\":[ ]}";

    assertThat(FramePrettyPrinter.pretty(frame))
        .isEqualTo(
            """
            {
              "msg": "a, {b}: [c] \\"quoted\\" \\\\",
              "empty": {},
              "none": []
            }""");
  }

  @Test
  void text_that_is_not_json_comes_out_as_it_went_in() {
    assertThat(FramePrettyPrinter.pretty("not json, {really}")).isEqualTo("not json, {really}");
    assertThat(FramePrettyPrinter.pretty("")).isEmpty();
  }
}
