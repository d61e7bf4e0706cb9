package io.ecrhub.archrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.ecrhub.archrules.fixture.coding.bad.Injected;
import io.ecrhub.archrules.fixture.coding.bad.JulUser;
import io.ecrhub.archrules.fixture.coding.bad.Lazy;
import io.ecrhub.archrules.fixture.coding.bad.OldApi;
import io.ecrhub.archrules.fixture.coding.bad.Printer;
import org.junit.jupiter.api.Test;

class CodingRulesTest {

  private static final String GOOD = "io.ecrhub.archrules.fixture.coding.good";
  private static final String BAD = "io.ecrhub.archrules.fixture.coding.bad";

  private static final CodingRules GOOD_RULES =
      CodingRules.forPackages(new String[] {GOOD + ".."}, GOOD + ".console..");
  private static final CodingRules BAD_RULES = CodingRules.forPackages(new String[] {BAD + ".."});

  private static final JavaClasses GOOD_CLASSES = new ClassFileImporter().importPackages(GOOD);
  private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(BAD);

  @Test
  void clean_product_code_passes_and_its_console_package_may_print() {
    assertThatCode(() -> GOOD_RULES.asOneRule().check(GOOD_CLASSES)).doesNotThrowAnyException();
  }

  @Test
  void each_rule_catches_its_offender() {
    assertFailsNaming(BAD_RULES.accessNoStandardStreams(), Printer.class);
    assertFailsNaming(BAD_RULES.throwNoGenericExceptions(), Lazy.class);
    assertFailsNaming(BAD_RULES.useNoJavaUtilLogging(), JulUser.class);
    assertFailsNaming(BAD_RULES.useNoFieldInjection(), Injected.class);
    assertFailsNaming(BAD_RULES.accessNoDeprecatedApi(), OldApi.class);
  }

  @Test
  void printing_outside_the_console_packages_is_caught() {
    CodingRules consoleIsElsewhere =
        CodingRules.forPackages(new String[] {GOOD + ".."}, "com.acme.cli..");

    assertThat(
            catchThrowable(() -> consoleIsElsewhere.accessNoStandardStreams().check(GOOD_CLASSES)))
        .isInstanceOf(AssertionError.class);
  }

  /**
   * A mistyped package pattern checks nothing; every rule must say so, even where a project's
   * {@code archunit.properties} lets empty rules pass ({@code archRule.failOnEmptyShould=false}).
   */
  @Test
  void every_rule_fails_on_packages_without_classes_whatever_the_configuration() {
    CodingRules mistyped = CodingRules.forPackages(new String[] {"io.ecrhub.archrules.no_such.."});

    ArchConfiguration.withThreadLocalScope(
        (ArchConfiguration configuration) -> {
          configuration.setProperty("archRule.failOnEmptyShould", "false");
          for (ArchRule rule : mistyped.asList()) {
            assertThat(catchThrowable(() -> rule.check(GOOD_CLASSES)))
                .as(rule.getDescription())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
          }
        });
  }

  private static void assertFailsNaming(ArchRule rule, Class<?> offender) {
    Throwable failure = catchThrowable(() -> rule.check(BAD_CLASSES));

    assertThat(failure).as(rule.getDescription()).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage()).contains(offender.getName());
  }
}
