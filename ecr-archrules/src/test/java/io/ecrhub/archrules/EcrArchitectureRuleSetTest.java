package io.ecrhub.archrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ecrhub.archrules.fixture.bad.app.Launcher;
import io.ecrhub.archrules.fixture.bad.app.MeteredApp;
import io.ecrhub.archrules.fixture.bad.app.TestAwareApp;
import io.ecrhub.archrules.fixture.bad.app.cli.Command;
import io.ecrhub.archrules.fixture.bad.domain.model.LoggingAmount;
import io.ecrhub.archrules.fixture.bad.domain.payment.ThreadingEngine;
import io.ecrhub.archrules.fixture.bad.journal.jdbc.EngineAwareJournal;
import io.ecrhub.archrules.fixture.bad.journal.jdbc.GuiceJournalModule;
import io.ecrhub.archrules.fixture.bad.protocol.codec.TransportAwareCodec;
import io.ecrhub.archrules.fixture.bad.protocol.codec.WebSocketCodec;
import io.ecrhub.archrules.fixture.bad.protocol.spi.TryingLink;
import io.ecrhub.archrules.fixture.bad.transport.echo.OrderAwareTransport;
import io.ecrhub.archrules.fixture.bad.transport.relay.RelayTransport;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves each rule both ways on tiny fixture code bases: a well-layered one under {@code
 * fixture.good} passes every rule, and {@code fixture.bad} holds one offender per rule, next to
 * well-behaved classes so that no rule fails merely because its package is empty.
 */
class EcrArchitectureRuleSetTest {

  private static final String FIXTURE = "io.ecrhub.archrules.fixture";
  private static final String GOOD = FIXTURE + ".good";
  private static final String BAD = FIXTURE + ".bad";

  private static final EcrArchitectureRuleSet GOOD_RULES =
      EcrArchitectureRules.forBasePackage(GOOD);
  private static final EcrArchitectureRuleSet BAD_RULES = EcrArchitectureRules.forBasePackage(BAD);

  private static final JavaClasses GOOD_CLASSES = new ClassFileImporter().importPackages(GOOD);
  private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(BAD);

  // --- the well-layered fixture passes ---------------------------------------------------------

  static Stream<Named<ArchRule>> goodRules() {
    return namedRules(GOOD_RULES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodRules")
  void every_rule_passes_on_a_code_base_that_keeps_the_layering(ArchRule rule) {
    assertThatCode(() -> rule.check(GOOD_CLASSES)).doesNotThrowAnyException();
  }

  @Test
  void the_whole_set_as_one_rule_passes_on_the_well_layered_fixture() {
    assertThatCode(() -> GOOD_RULES.asOneRule().check(GOOD_CLASSES)).doesNotThrowAnyException();
  }

  // --- every rule can fail: one offender each ----------------------------------------------------

  @Test
  void domain_rule_fails_on_a_domain_class_that_logs_with_slf4j() {
    assertFailsNaming(BAD_RULES.domainDependsOnlyOnTheJdkAndVavr(), LoggingAmount.class);
  }

  @Test
  void thread_rule_fails_on_a_domain_class_that_starts_a_thread() {
    assertFailsNaming(BAD_RULES.domainStartsNoThreads(), ThreadingEngine.class);
  }

  @Test
  void spi_rule_fails_on_an_spi_type_that_returns_a_vavr_try() {
    assertFailsNaming(BAD_RULES.transportSpiDependsOnlyOnTheJdk(), TryingLink.class);
  }

  @Test
  void protocol_library_rule_fails_on_a_codec_that_uses_a_websocket_session() {
    assertFailsNaming(BAD_RULES.protocolUsesNoWebSocketOrInjectionLibrary(), WebSocketCodec.class);
  }

  @Test
  void protocol_layering_rule_fails_on_a_codec_that_uses_a_transport() {
    assertFailsNaming(BAD_RULES.protocolBuildsOnlyOnTheDomain(), TransportAwareCodec.class);
  }

  @Test
  void transport_rule_fails_on_a_transport_that_knows_the_domain() {
    assertFailsNaming(BAD_RULES.transportsUseOnlyTheSpiOfTheProject(), OrderAwareTransport.class);
  }

  @Test
  void transport_independence_rule_fails_on_a_transport_built_on_another_one() {
    assertFailsNaming(BAD_RULES.transportsAreIndependentOfEachOther(), RelayTransport.class);
  }

  @Test
  void journal_rule_fails_on_a_journal_that_calls_the_engine() {
    assertFailsNaming(BAD_RULES.journalKnowsThePortNotTheEngine(), EngineAwareJournal.class);
  }

  @Test
  void guice_rule_fails_on_a_guice_module_outside_the_app() {
    assertFailsNaming(BAD_RULES.onlyTheAppImportsGuice(), GuiceJournalModule.class);
  }

  @Test
  void app_and_tools_rule_fails_on_app_code_that_uses_the_tests() {
    assertFailsNaming(BAD_RULES.nothingDependsOnTheAppOrTheTools(), TestAwareApp.class);
  }

  @Test
  void app_and_tools_rule_fails_on_app_code_that_uses_an_optional_extension() {
    assertFailsNaming(BAD_RULES.nothingDependsOnTheAppOrTheTools(), MeteredApp.class);
  }

  @Test
  void cycle_rule_fails_on_a_cycle_between_the_app_and_its_cli() {
    // Launcher sits directly in 'app': the cycle is only seen because such classes form a
    // component of their own.
    assertFailsNaming(BAD_RULES.componentsAreFreeOfCycles(), Launcher.class, Command.class);
  }

  @Test
  void the_whole_set_as_one_rule_reports_every_offender() {
    assertFailsNaming(
        BAD_RULES.asOneRule(),
        LoggingAmount.class,
        ThreadingEngine.class,
        TryingLink.class,
        WebSocketCodec.class,
        TransportAwareCodec.class,
        OrderAwareTransport.class,
        RelayTransport.class,
        EngineAwareJournal.class,
        GuiceJournalModule.class,
        TestAwareApp.class,
        MeteredApp.class,
        Launcher.class);
  }

  @Test
  void a_failing_rule_teaches_with_its_because_clause() {
    assertThatThrownBy(() -> BAD_RULES.domainDependsOnlyOnTheJdkAndVavr().check(BAD_CLASSES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("because the domain is the part POS teams embed everywhere")
        .hasMessageContaining(LoggingAmount.class.getName());
  }

  // --- no silent pass on an empty package --------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodRules")
  void every_rule_fails_on_an_empty_class_set(ArchRule rule) {
    JavaClasses nothing = new ClassFileImporter().importPackages(FIXTURE + ".empty");
    assertThat(nothing).isEmpty();

    assertFailsForLackOfClasses(rule, nothing);
  }

  static Stream<Arguments> rulesWithThePackageTheyAreAbout() {
    return Stream.of(
        arguments(named("domain", GOOD_RULES.domainDependsOnlyOnTheJdkAndVavr()), "domain"),
        arguments(named("threads", GOOD_RULES.domainStartsNoThreads()), "domain"),
        arguments(named("spi", GOOD_RULES.transportSpiDependsOnlyOnTheJdk()), "protocol/spi"),
        arguments(
            named("protocol libraries", GOOD_RULES.protocolUsesNoWebSocketOrInjectionLibrary()),
            "protocol"),
        arguments(
            named("protocol layering", GOOD_RULES.protocolBuildsOnlyOnTheDomain()), "protocol"),
        arguments(
            named("transports", GOOD_RULES.transportsUseOnlyTheSpiOfTheProject()), "transport"),
        arguments(
            named("transport independence", GOOD_RULES.transportsAreIndependentOfEachOther()),
            "transport"),
        arguments(named("journal", GOOD_RULES.journalKnowsThePortNotTheEngine()), "journal"),
        arguments(named("app on top", GOOD_RULES.nothingDependsOnTheAppOrTheTools()), "app"),
        arguments(named("tools on top", GOOD_RULES.nothingDependsOnTheAppOrTheTools()), "it"));
  }

  @ParameterizedTest(name = "{0} rule without {1}")
  @MethodSource("rulesWithThePackageTheyAreAbout")
  void a_rule_fails_when_the_package_it_is_about_was_renamed_away(
      ArchRule rule, String packagePath) {
    String removed = "/fixture/good/" + packagePath + "/";
    JavaClasses withoutThePackage =
        new ClassFileImporter()
            .withImportOption(location -> !location.contains(removed))
            .importPackages(GOOD);
    assertThat(withoutThePackage).isNotEmpty().hasSizeLessThan(GOOD_CLASSES.size());

    assertFailsForLackOfClasses(rule, withoutThePackage);
  }

  // --- the ready-made fields and the factories ---------------------------------------------------

  @Test
  void the_ready_made_fields_are_the_whole_rule_set_for_io_ecrhub() {
    List<String> fieldRules =
        Arrays.stream(EcrArchitectureRules.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(ArchTest.class))
            .map(EcrArchitectureRuleSetTest::descriptionOf)
            .toList();
    List<String> setRules =
        EcrArchitectureRules.forBasePackage("io.ecrhub").asList().stream()
            .map(ArchRule::getDescription)
            .toList();

    assertThat(fieldRules).containsExactlyElementsOf(setRules);
    assertThat(setRules).allSatisfy(description -> assertThat(description).contains("because"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".io", "io.", "io..ecrhub", "io.ecrhub..", "io.*", "io ecrhub"})
  void a_base_package_that_is_not_a_plain_package_name_is_rejected_naming_the_parameter(
      String basePackage) {
    assertThatThrownBy(() -> EcrArchitectureRules.forBasePackage(basePackage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basePackage")
        .hasMessageContaining("'" + basePackage + "'");
  }

  @Test
  void a_missing_base_package_is_rejected_naming_the_parameter() {
    assertThatThrownBy(() -> EcrArchitectureRules.forBasePackage(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("basePackage");
  }

  @Test
  void a_rule_set_knows_its_base_package_and_lists_every_rule_once() {
    assertThat(GOOD_RULES.basePackage()).isEqualTo(GOOD);
    assertThat(GOOD_RULES.asList())
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(goodRules().map(Named::getPayload).toList());
  }

  /**
   * A rule fails the way a build sees it: {@code check} throws. The message must name each
   * offender, which also shows that the rule did not fail merely for lack of classes.
   */
  private static void assertFailsNaming(ArchRule rule, Class<?>... offenders) {
    Throwable failure = catchThrowable(() -> rule.check(BAD_CLASSES));

    assertThat(failure).as(rule.getDescription()).isInstanceOf(AssertionError.class);
    for (Class<?> offender : offenders) {
      assertThat(failure.getMessage()).contains(offender.getName());
    }
  }

  /**
   * ArchUnit reports an empty selection as "failed to check any classes" (plain rules) or "Layer
   * ... is empty" (layered architectures); either way the build fails.
   */
  private static void assertFailsForLackOfClasses(ArchRule rule, JavaClasses classes) {
    assertThatThrownBy(() -> rule.check(classes))
        .as(rule.getDescription())
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching("(?s).*(failed to check any classes|Layer '[^']+' is empty).*");
  }

  private static Stream<Named<ArchRule>> namedRules(EcrArchitectureRuleSet rules) {
    return Stream.of(
        named("domain depends only on the JDK and Vavr", rules.domainDependsOnlyOnTheJdkAndVavr()),
        named("domain starts no threads", rules.domainStartsNoThreads()),
        named("transport SPI depends only on the JDK", rules.transportSpiDependsOnlyOnTheJdk()),
        named(
            "protocol uses no WebSocket or injection library",
            rules.protocolUsesNoWebSocketOrInjectionLibrary()),
        named("protocol builds only on the domain", rules.protocolBuildsOnlyOnTheDomain()),
        named(
            "transports use only the SPI of the project",
            rules.transportsUseOnlyTheSpiOfTheProject()),
        named(
            "transports are independent of each other",
            rules.transportsAreIndependentOfEachOther()),
        named("journal knows the port, not the engine", rules.journalKnowsThePortNotTheEngine()),
        named("only the app imports Guice", rules.onlyTheAppImportsGuice()),
        named("nothing depends on the app or the tools", rules.nothingDependsOnTheAppOrTheTools()),
        named("components are free of cycles", rules.componentsAreFreeOfCycles()));
  }

  private static String descriptionOf(Field field) {
    try {
      assertThat(Modifier.isStatic(field.getModifiers())).as(field.getName()).isTrue();
      return ((ArchRule) field.get(null)).getDescription();
    } catch (IllegalAccessException e) {
      throw new AssertionError(field.getName(), e);
    }
  }
}
