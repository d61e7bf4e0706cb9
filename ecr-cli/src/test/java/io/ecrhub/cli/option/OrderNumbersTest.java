package io.ecrhub.cli.option;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecrhub.domain.model.MerchantOrderNo;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

  @Test
  void a_generated_number_is_a_valid_merchant_order_number_that_starts_with_the_time() {
    String number = OrderNumbers.next(LocalDateTime.of(2026, 3, 7, 14, 5, 9));

    assertThat(number).startsWith("ECR260307140509").hasSize(21);
    assertThat(MerchantOrderNo.of(number).isValid()).isTrue();
  }
}
