package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.journal.jdbc.JournalLocation.JdbcUrl;
import io.ecrhub.journal.jdbc.JournalLocation.Source;
import io.ecrhub.journal.jdbc.JournalLocation.SqliteFile;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalLocationTest {

  private static final Path HOME = Path.of("/home/cashier");
  private static final Map<String, String> NO_ENVIRONMENT = Map.of();

  @Test
  void without_option_or_environment_the_journal_is_in_the_home_directory() {
    JournalLocation location = JournalLocation.resolve(Option.none(), NO_ENVIRONMENT, HOME);

    assertThat(location).isEqualTo(new SqliteFile(HOME.resolve(".ecr/journal.db"), Source.DEFAULT));
    assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:/home/cashier/.ecr/journal.db");
  }

  @Test
  void the_environment_variable_names_the_file_when_no_option_is_given() {
    JournalLocation location =
        JournalLocation.resolve(
            Option.none(), Map.of("ECR_JOURNAL", "/var/lib/ecr/till1.db"), HOME);

    assertThat(location)
        .isEqualTo(new SqliteFile(Path.of("/var/lib/ecr/till1.db"), Source.ENVIRONMENT));
  }

  @Test
  void an_explicit_location_wins_over_the_environment() {
    JournalLocation location =
        JournalLocation.resolve(
            Option.some("/srv/pos/journal.db"),
            Map.of("ECR_JOURNAL", "/var/lib/ecr/till1.db"),
            HOME);

    assertThat(location).isEqualTo(new SqliteFile(Path.of("/srv/pos/journal.db"), Source.EXPLICIT));
  }

  @Test
  void a_blank_environment_variable_counts_as_not_set() {
    JournalLocation location =
        JournalLocation.resolve(Option.none(), Map.of("ECR_JOURNAL", "  "), HOME);

    assertThat(location.source()).isEqualTo(Source.DEFAULT);
  }

  @Test
  void a_blank_explicit_location_is_refused_naming_the_option() {
    assertThatThrownBy(() -> JournalLocation.resolve(Option.some(" "), NO_ENVIRONMENT, HOME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--journal")
        .hasMessageContaining("empty");
  }

  @Test
  void a_jdbc_url_names_any_database() {
    String url = "jdbc:postgresql://db.shop.lan/ecr?user=till&password=secret";

    JournalLocation fromOption = JournalLocation.resolve(Option.some(url), NO_ENVIRONMENT, HOME);
    JournalLocation fromEnvironment =
        JournalLocation.resolve(Option.none(), Map.of("ECR_JOURNAL", url), HOME);

    assertThat(fromOption).isEqualTo(new JdbcUrl(url, Source.EXPLICIT));
    assertThat(fromEnvironment).isEqualTo(new JdbcUrl(url, Source.ENVIRONMENT));
    assertThat(fromOption.jdbcUrl()).isEqualTo(url);
  }

  @Test
  void a_tilde_means_the_home_directory() {
    assertThat(JournalLocation.resolve(Option.some("~/pos/j.db"), NO_ENVIRONMENT, HOME))
        .isEqualTo(new SqliteFile(HOME.resolve("pos/j.db"), Source.EXPLICIT));
    assertThat(JournalLocation.resolve(Option.none(), Map.of("ECR_JOURNAL", "~/env.db"), HOME))
        .isEqualTo(new SqliteFile(HOME.resolve("env.db"), Source.ENVIRONMENT));
  }

  @Test
  void a_relative_path_is_taken_from_the_working_directory() {
    JournalLocation location =
        JournalLocation.resolve(Option.some("data/../journal.db"), NO_ENVIRONMENT, HOME);

    assertThat(((SqliteFile) location).file())
        .isEqualTo(Path.of("").toAbsolutePath().resolve("journal.db"));
  }

  @Test
  void a_path_the_file_system_cannot_take_is_refused_naming_its_origin() {
    assertThatThrownBy(
            () ->
                JournalLocation.resolve(
                    Option.none(), Map.of("ECR_JOURNAL", "/tmp/bad\0name.db"), HOME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ECR_JOURNAL is not a usable file path");
  }

  @Test
  void a_jdbc_url_location_must_start_with_jdbc() {
    assertThatThrownBy(() -> new JdbcUrl("postgresql://db/ecr?password=secret", Source.EXPLICIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start with jdbc:")
        .hasMessageNotContaining("secret");
  }

  @Test
  void the_one_argument_resolve_takes_an_explicit_location_as_given() {
    JournalLocation location = JournalLocation.resolve(Option.some("/tmp/explicit.db"));

    assertThat(location).isEqualTo(new SqliteFile(Path.of("/tmp/explicit.db"), Source.EXPLICIT));
  }
}
