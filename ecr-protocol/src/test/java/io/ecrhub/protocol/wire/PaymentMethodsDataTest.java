package io.ecrhub.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.protocol.codec.InboundMessage;
import io.ecrhub.protocol.codec.ProtocolCodec;
import io.ecrhub.protocol.topic.TopicRegistry;
import io.ecrhub.protocol.wire.PaymentMethodsData.Category;
import io.ecrhub.protocol.wire.PaymentMethodsData.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A terminal's {@code ecrhub.pay.init} answer binds even when it leaves a list out. */
class PaymentMethodsDataTest {

  private final ProtocolCodec codec =
      new ProtocolCodec(TopicRegistry.vendor(), ProtocolCodec.DEFAULT_MAX_FRAME_CHARS);

  @Test
  void a_full_answer_binds_every_list() {
    PaymentMethodsData data =
        bind(
            "{\"pay_method_category_list\":[{\"pay_method_category\":\"BANKCARD\","
                + "\"pay_method_list\":[{\"pay_method_id\":\"Visa\",\"pay_method_name\":\"Visa\","
                + "\"supported_trans_type_list\":[\"1\",\"2\"]}]}]}");

    assertThat(data.payMethodCategoryList())
        .containsExactly(
            new Category("BANKCARD", List.of(new Method("Visa", "Visa", List.of("1", "2")))));
  }

  @Test
  void absent_lists_bind_as_empty_lists() {
    PaymentMethodsData data =
        bind(
            "{\"pay_method_category_list\":[{\"pay_method_category\":\"BANKCARD\","
                + "\"pay_method_list\":[{\"pay_method_id\":\"Visa\",\"pay_method_name\":\"Visa\"}]},"
                + "{\"pay_method_category\":\"QR_C_SCAN_B\"}]}");

    assertThat(data.payMethodCategoryList())
        .containsExactly(
            new Category("BANKCARD", List.of(new Method("Visa", "Visa", List.of()))),
            new Category("QR_C_SCAN_B", List.of()));
  }

  @Test
  void null_lists_bind_as_empty_lists() {
    PaymentMethodsData data =
        bind(
            "{\"pay_method_category_list\":[{\"pay_method_category\":\"BANKCARD\","
                + "\"pay_method_list\":[{\"pay_method_id\":\"Visa\",\"pay_method_name\":\"Visa\","
                + "\"supported_trans_type_list\":null}]},"
                + "{\"pay_method_category\":\"QR_C_SCAN_B\",\"pay_method_list\":null}]}");

    assertThat(data.payMethodCategoryList())
        .containsExactly(
            new Category("BANKCARD", List.of(new Method("Visa", "Visa", List.of()))),
            new Category("QR_C_SCAN_B", List.of()));
  }

  @Test
  void an_answer_without_categories_binds_as_no_categories() {
    assertThat(bind("{}").payMethodCategoryList()).isEmpty();
    assertThat(bind("{\"pay_method_category_list\":null}").payMethodCategoryList()).isEmpty();
  }

  private PaymentMethodsData bind(String bizData) {
    InboundMessage answer =
        codec
            .decode(
                "{\"app_id\":\"yourappid\",\"topic\":\"ecrhub.pay.init\",\"response_code\":\"000\","
                    + "\"response_msg\":\"Success\",\"biz_data\":"
                    + bizData
                    + "}")
            .get();
    return codec.bind(answer.biz(), PaymentMethodsData.class);
  }
}
