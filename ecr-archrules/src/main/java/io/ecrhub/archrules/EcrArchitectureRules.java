package io.ecrhub.archrules;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of ecr-hub as ArchUnit rules: the dependency table of {@code
 * docs/architecture.md} for {@code io.ecrhub}, ready to run, and the same rules for any other base
 * package.
 *
 * <p>Check ecr-hub itself (or your fork, if it keeps the {@code io.ecrhub} packages):
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.ecrhub", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   @ArchTest static final ArchTests rules = ArchTests.in(EcrArchitectureRules.class);
 * }
 * }</pre>
 *
 * <p>Check your own code base with the same layout under another base package, all rules or a
 * chosen few:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.pos", importOptions = ImportOption.DoNotIncludeTests.class)
 * class AcmeArchitectureTest {
 *   static final EcrArchitectureRuleSet ACME = EcrArchitectureRules.forBasePackage("com.acme.pos");
 *   @ArchTest static final ArchRule architecture = ACME.asOneRule();
 * }
 * }</pre>
 *
 * <p>Check a transport you wrote against the ecr-hub SPI (leave your tests out: they may use the
 * contract kit in {@code io.ecrhub.transport.testkit}):
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.transport", importOptions = ImportOption.DoNotIncludeTests.class)
 * class AcmeTransportArchitectureTest {
 *   @ArchTest
 *   static final ArchRule spi_only = EcrArchitectureRules.transportUsesOnlyTheSpi("com.acme.transport");
 * }
 * }</pre>
 *
 * <p>Every rule fails when the packages it is about hold no classes, so a renamed package or a
 * wrong import makes the build fail instead of passing without checking anything.
 */
public final class EcrArchitectureRules {

  /** The base package of ecr-hub. */
  public static final String ECR_HUB_BASE_PACKAGE = "io.ecrhub";

  private static final EcrArchitectureRuleSet ECR_HUB =
      new EcrArchitectureRuleSet(ECR_HUB_BASE_PACKAGE);

  /** See {@link EcrArchitectureRuleSet#domainDependsOnlyOnTheJdkAndVavr()}. */
  @ArchTest
  public static final ArchRule domain_depends_only_on_the_jdk_and_vavr =
      ECR_HUB.domainDependsOnlyOnTheJdkAndVavr();

  /** See {@link EcrArchitectureRuleSet#domainStartsNoThreads()}. */
  @ArchTest public static final ArchRule domain_starts_no_threads = ECR_HUB.domainStartsNoThreads();

  /** See {@link EcrArchitectureRuleSet#transportSpiDependsOnlyOnTheJdk()}. */
  @ArchTest
  public static final ArchRule transport_spi_depends_only_on_the_jdk =
      ECR_HUB.transportSpiDependsOnlyOnTheJdk();

  /** See {@link EcrArchitectureRuleSet#protocolUsesNoWebSocketOrInjectionLibrary()}. */
  @ArchTest
  public static final ArchRule protocol_uses_no_websocket_or_injection_library =
      ECR_HUB.protocolUsesNoWebSocketOrInjectionLibrary();

  /** See {@link EcrArchitectureRuleSet#protocolBuildsOnlyOnTheDomain()}. */
  @ArchTest
  public static final ArchRule protocol_builds_only_on_the_domain =
      ECR_HUB.protocolBuildsOnlyOnTheDomain();

  /** See {@link EcrArchitectureRuleSet#transportsUseOnlyTheSpiOfTheProject()}. */
  @ArchTest
  public static final ArchRule transports_use_only_the_spi_of_the_project =
      ECR_HUB.transportsUseOnlyTheSpiOfTheProject();

  /** See {@link EcrArchitectureRuleSet#transportsAreIndependentOfEachOther()}. */
  @ArchTest
  public static final ArchRule transports_are_independent_of_each_other =
      ECR_HUB.transportsAreIndependentOfEachOther();

  /** See {@link EcrArchitectureRuleSet#journalKnowsThePortNotTheEngine()}. */
  @ArchTest
  public static final ArchRule journal_knows_the_port_not_the_engine =
      ECR_HUB.journalKnowsThePortNotTheEngine();

  /** See {@link EcrArchitectureRuleSet#onlyTheAppImportsGuice()}. */
  @ArchTest
  public static final ArchRule only_the_app_imports_guice = ECR_HUB.onlyTheAppImportsGuice();

  /** See {@link EcrArchitectureRuleSet#nothingDependsOnTheAppOrTheTools()}. */
  @ArchTest
  public static final ArchRule nothing_depends_on_the_app_or_the_tools =
      ECR_HUB.nothingDependsOnTheAppOrTheTools();

  /** See {@link EcrArchitectureRuleSet#componentsAreFreeOfCycles()}. */
  @ArchTest
  public static final ArchRule components_are_free_of_cycles = ECR_HUB.componentsAreFreeOfCycles();

  private EcrArchitectureRules() {}

  /**
   * The same rules for a code base that keeps ecr-hub's layout under another base package.
   *
   * @param basePackage a plain package name such as {@code com.acme.pos}, without wildcards
   * @return a new rule set for that base package
   * @throws IllegalArgumentException if {@code basePackage} is not a plain package name
   */
  public static EcrArchitectureRuleSet forBasePackage(String basePackage) {
    return new EcrArchitectureRuleSet(basePackage);
  }

  /**
   * The rule for a vendor transport written against the ecr-hub SPI: of ecr-hub, classes in {@code
   * transportPackage} may use only {@code io.ecrhub.protocol.spi}; any library is allowed.
   * Importing the transport's own classes is enough, since ArchUnit knows the package of every
   * class they reference.
   *
   * @param transportPackage the vendor's package, e.g. {@code com.acme.transport}
   * @return the rule, for an {@code @ArchTest} field; fails when the package holds no classes
   * @throws IllegalArgumentException if {@code transportPackage} is not a plain package name
   */
  public static ArchRule transportUsesOnlyTheSpi(String transportPackage) {
    return transportUsesOnlyTheSpi(transportPackage, ECR_HUB_BASE_PACKAGE);
  }

  /**
   * As {@link #transportUsesOnlyTheSpi(String)}, for a transport written against a code base that
   * keeps ecr-hub's layout under {@code ecrBasePackage} (its SPI is {@code
   * <ecrBasePackage>.protocol.spi}).
   *
   * @param transportPackage the transport's package, e.g. {@code com.acme.transport}
   * @param ecrBasePackage the base package of the code base the SPI belongs to, e.g. {@code
   *     com.acme.pos}
   * @return the rule, for an {@code @ArchTest} field; fails when the package holds no classes
   * @throws IllegalArgumentException if a parameter is not a plain package name
   */
  public static ArchRule transportUsesOnlyTheSpi(String transportPackage, String ecrBasePackage) {
    return EcrArchitectureRuleSet.transportUsesOnlyTheSpi(transportPackage, ecrBasePackage);
  }
}
