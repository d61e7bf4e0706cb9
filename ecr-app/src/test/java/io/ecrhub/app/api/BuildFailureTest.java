package io.ecrhub.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.domain.journal.InMemoryOrderJournal;
import org.junit.jupiter.api.Test;

/** A build that fails part-way closes the parts it had already created for the client. */
class BuildFailureTest {

  @Test
  void a_step_failing_after_the_transport_was_created_closes_that_transport() {
    int before = RecordingTransportProvider.created().size();

    assertThatThrownBy(
            () ->
                EcrClient.builder()
                    .terminal("sn:PP35272137000072")
                    .appId("build-failure")
                    .journal(new InMemoryOrderJournal())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(RefusingLocatorProvider.REFUSAL);

    assertThat(RecordingTransportProvider.created().subList(before, before + 1))
        .singleElement()
        .satisfies(
            transport ->
                assertThat(transport.closed()).as("the transport build() created").isTrue());
  }
}
