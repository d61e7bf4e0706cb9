package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TillIdTest {

  @Test
  void the_explicit_till_wins_then_the_environment_then_the_host_name() {
    Map<String, String> environment = Map.of(TillId.ENVIRONMENT_VARIABLE, " till-env ");

    assertThat(TillId.resolve(Option.some("till-7"), environment)).isEqualTo("till-7");
    assertThat(TillId.resolve(Option.none(), environment)).isEqualTo("till-env");
    assertThat(TillId.resolve(Option.none(), Map.of(TillId.ENVIRONMENT_VARIABLE, "  ")))
        .as("blank counts as not set")
        .isEqualTo(JdbcOrderJournal.defaultTillId());
    assertThat(TillId.resolve(Option.none(), Map.of())).isEqualTo(Processes.hostName());
  }

  @Test
  void a_blank_or_over_long_till_is_refused_naming_where_it_came_from() {
    assertThatThrownBy(() -> TillId.resolve(Option.some(" "), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the till id (--till) must name the till, got an empty value");
    assertThatThrownBy(
            () ->
                TillId.resolve(Option.none(), Map.of(TillId.ENVIRONMENT_VARIABLE, "t".repeat(201))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the environment variable ECR_TILL must be at most 200 characters, got 201");
  }
}
