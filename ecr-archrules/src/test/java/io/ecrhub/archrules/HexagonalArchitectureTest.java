package io.ecrhub.archrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.ecrhub.archrules.fixture.hexagon.bad.adapter.terminal.InjectedAdapter;
import io.ecrhub.archrules.fixture.hexagon.bad.adapter.terminal.TerminalAdapter;
import io.ecrhub.archrules.fixture.hexagon.bad.adapter.web.Page;
import io.ecrhub.archrules.fixture.hexagon.bad.checkout.WireAwareCheckout;
import io.ecrhub.archrules.fixture.hexagon.bad.domain.LoggingBasket;
import io.ecrhub.archrules.fixture.hexagon.bad.domain.PollingBasket;
import org.junit.jupiter.api.Test;

/** The hexagon in a user's own package names, both ways, on two tiny code bases. */
class HexagonalArchitectureTest {

  private static final String FIXTURE = "io.ecrhub.archrules.fixture.";

  private static final JavaClasses GOOD =
      new ClassFileImporter().importPackages(FIXTURE + "hexagon.good");
  private static final JavaClasses BAD =
      new ClassFileImporter().importPackages(FIXTURE + "hexagon.bad", FIXTURE + "ecrhub.internal");

  private static HexagonalArchitecture of(String base) {
    String root = FIXTURE + "hexagon." + base;
    return HexagonalArchitecture.builder()
        .domain(root + ".domain..")
        .application(root + ".checkout..")
        .adapter("terminal", root + ".adapter.terminal..")
        .adapter("web", root + ".adapter.web..")
        .compositionRoot(root + ".boot..")
        .build();
  }

  @Test
  void a_well_layered_code_base_passes_every_rule() {
    for (ArchRule rule : of("good").asList()) {
      assertThatCode(() -> rule.check(GOOD)).as(rule.getDescription()).doesNotThrowAnyException();
    }
  }

  @Test
  void a_framework_in_the_domain_is_caught() {
    assertFailsNaming(of("bad").domainUsesNoFramework(), LoggingBasket.class);
  }

  @Test
  void a_domain_running_work_on_the_common_pool_is_caught() {
    assertFailsNaming(of("bad").domainStartsNoThreads(), PollingBasket.class);
  }

  @Test
  void a_use_case_holding_a_terminal_connection_is_caught() {
    assertFailsNaming(
        of("bad").coreReachesTheTerminalOnlyThroughAnAdapter(), WireAwareCheckout.class);
  }

  @Test
  void a_use_case_depending_on_an_adapter_is_caught() {
    assertFailsNaming(of("bad").coreDependsOnNoAdapter(), WireAwareCheckout.class);
  }

  @Test
  void an_adapter_using_another_is_caught() {
    assertFailsNaming(of("bad").adaptersAreIndependent(), Page.class);
  }

  @Test
  void reading_the_composition_roots_settings_is_caught() {
    assertFailsNaming(of("bad").nothingDependsOnTheCompositionRoot(), TerminalAdapter.class);
  }

  @Test
  void injection_outside_the_composition_root_is_caught() {
    assertFailsNaming(of("bad").onlyTheCompositionRootUsesInjection(), InjectedAdapter.class);
  }

  @Test
  void reaching_into_ecr_hubs_internals_is_caught() {
    assertFailsNaming(of("bad").usesNoEcrHubInternals(), TerminalAdapter.class);
  }

  @Test
  void a_renamed_away_domain_fails_instead_of_passing_silently() {
    HexagonalArchitecture renamed =
        HexagonalArchitecture.builder()
            .domain(FIXTURE + "hexagon.good.model..")
            .application(FIXTURE + "hexagon.good.checkout..")
            .adapter("terminal", FIXTURE + "hexagon.good.adapter.terminal..")
            .compositionRoot(FIXTURE + "hexagon.good.boot..")
            .build();

    assertThatThrownBy(() -> renamed.domainUsesNoFramework().check(GOOD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }

  @Test
  void a_missing_part_is_refused_naming_it() {
    assertThatThrownBy(
            () ->
                HexagonalArchitecture.builder()
                    .domain("a..")
                    .adapter("web", "c..")
                    .compositionRoot("d..")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("application");
    assertThatThrownBy(
            () ->
                HexagonalArchitecture.builder()
                    .domain("a..")
                    .application("b..")
                    .compositionRoot("d..")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adapter");
  }

  private static void assertFailsNaming(ArchRule rule, Class<?> offender) {
    Throwable failure = catchThrowable(() -> rule.check(BAD));

    assertThat(failure).as(rule.getDescription()).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage()).contains(offender.getName());
  }
}
