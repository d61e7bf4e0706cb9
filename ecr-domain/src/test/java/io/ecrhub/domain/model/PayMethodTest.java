package io.ecrhub.domain.model;

import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayMethodTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Visa",
        "MasterCard",
        "Amex",
        "Discover",
        "JCB",
        "DinersClub",
        "UnionPay",
        "Alipay",
        "Alipay+",
        "WeChatPay",
        "MyDebit"
      })
  void table_methods_are_accepted(String id) {
    assertThat(valid(PayMethod.of(id, FieldPath.PAY_METHOD_ID)).id()).isEqualTo(id);
  }

  @Test
  void a_method_no_table_names_is_kept_as_data() {
    assertThat(PayMethod.of("FooPay").id()).isEqualTo("FooPay");
    assertThat(PayMethod.of("FooPay")).isEqualTo(new PayMethod("FooPay"));
  }

  @Test
  void constants_use_the_vendor_spelling() {
    assertThat(PayMethod.VISA.id()).isEqualTo("Visa");
    assertThat(PayMethod.ALIPAY_PLUS.id()).isEqualTo("Alipay+");
    assertThat(PayMethod.WECHAT_PAY.id()).isEqualTo("WeChatPay");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Visa\n", "Vi\u0000sa"})
  void blank_or_control_characters_are_rejected_naming_the_field(String id) {
    Violation violation = onlyViolation(PayMethod.of(id, FieldPath.PAY_METHOD_ID));

    assertThat(violation.field()).isEqualTo("biz_data.pay_method_id");
    assertThat(violation.message()).startsWith("must be a payment method id such as Visa");
  }

  @Test
  void absurdly_long_method_is_rejected() {
    assertThat(PayMethod.of("V".repeat(65), FieldPath.PAY_METHOD_ID).isInvalid()).isTrue();
    assertThat(PayMethod.of("V".repeat(64), FieldPath.PAY_METHOD_ID).isValid()).isTrue();
    assertThatThrownBy(() -> PayMethod.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PayMethod.of(null)).isInstanceOf(NullPointerException.class);
  }
}
