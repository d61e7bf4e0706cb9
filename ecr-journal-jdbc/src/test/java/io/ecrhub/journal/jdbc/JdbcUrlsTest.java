package io.ecrhub.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.port.JournalException;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

  @Test
  void passwords_never_reach_a_message() {
    assertThat(JdbcUrls.redacted("jdbc:postgresql://db/ecr?user=till&password=s3cr3t&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/ecr?user=till&password=***&ssl=true");
    assertThat(JdbcUrls.redacted("jdbc:h2:tcp://db/ecr;USER=sa;PASSWORD=s3cr3t"))
        .isEqualTo("jdbc:h2:tcp://db/ecr;USER=sa;PASSWORD=***");
    assertThat(JdbcUrls.redacted("jdbc:mysql://till:s3cr3t@db:3306/ecr"))
        .isEqualTo("jdbc:mysql://till:***@db:3306/ecr");
  }

  @Test
  void a_message_that_quotes_a_url_loses_only_the_password() {
    assertThat(JdbcUrls.redacted("No suitable driver found for jdbc:x://db?password=s3cr3t now"))
        .isEqualTo("No suitable driver found for jdbc:x://db?password=*** now");
  }

  @Test
  void a_url_without_a_password_is_unchanged() {
    assertThat(JdbcUrls.redacted("jdbc:sqlite:/home/cashier/.ecr/journal.db"))
        .isEqualTo("jdbc:sqlite:/home/cashier/.ecr/journal.db");
  }

  @Test
  void a_journal_that_cannot_be_opened_is_named_without_its_password() {
    assertThatThrownBy(() -> JdbcOrderJournal.open("jdbc:nosuchdb://db/ecr?password=s3cr3t"))
        .isInstanceOf(JournalException.class)
        .hasMessageStartingWith(
            "cannot open the order journal at jdbc:nosuchdb://db/ecr?password=***: ")
        .hasMessageNotContaining("s3cr3t")
        .satisfies(thrown -> assertThat(thrown.getCause()).hasMessageNotContaining("s3cr3t"));
  }
}
