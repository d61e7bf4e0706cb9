package io.ecrhub.domain.model;

import static io.ecrhub.domain.validation.ValidationAssertions.onlyViolation;
import static io.ecrhub.domain.validation.ValidationAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.validation.FieldPath;
import io.ecrhub.domain.validation.InvalidInputException;
import io.ecrhub.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://m.website.com/notify",
        "http://192.168.1.20:8080/pay/notify?shop=7",
        "HTTPS://shop.example/n"
      })
  void absolute_http_or_https_urls_are_accepted_as_given(String raw) {
    NotifyUrl url = valid(NotifyUrl.of(raw, FieldPath.NOTIFY_URL));

    assertThat(url.value()).isEqualTo(raw);
    assertThat(url.toUri().getHost()).isNotBlank();
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource({
    "ftp://shop.example/notify, must be an absolute http or https URL",
    "/notify, must be an absolute http or https URL",
    "shop.example/notify, must be an absolute http or https URL",
    "mailto:ops@shop.example, must be an absolute http or https URL",
    "http:///notify, must name a host",
    "https://shop example/notify, must be a valid URL",
    "'', is required"
  })
  void anything_else_is_rejected_with_the_reason(String raw, String reason) {
    Violation violation = onlyViolation(NotifyUrl.of(raw, FieldPath.NOTIFY_URL));

    assertThat(violation.field()).isEqualTo("biz_data.notify_url");
    assertThat(violation.message()).startsWith(reason);
  }

  @Test
  void constructor_applies_the_same_rule() {
    assertThatThrownBy(() -> new NotifyUrl("ftp://x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("biz_data.notify_url");
  }
}
