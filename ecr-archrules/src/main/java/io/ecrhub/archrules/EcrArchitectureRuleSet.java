package io.ecrhub.archrules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;

/**
 * The ecr-hub dependency table as ArchUnit rules, for one base package: {@code io.ecrhub} for this
 * project, or the base package of a fork or extension that keeps the same layout ({@code
 * <base>.domain}, {@code <base>.protocol}, {@code <base>.protocol.spi}, {@code <base>.transport},
 * {@code <base>.journal}, {@code <base>.simulator}, {@code <base>.app}, optional extensions of the
 * client such as {@code <base>.metrics}, and the tools on top: {@code <base>.cli}, {@code
 * <base>.bench}, {@code <base>.it}).
 *
 * <p>Every rule fails when the packages it is about hold no classes, so renaming a package (or
 * importing the wrong one) shows up as a failure instead of a rule that silently checks nothing.
 * Obtain an instance from {@link EcrArchitectureRules#forBasePackage(String)}.
 */
public final class EcrArchitectureRuleSet {

  private final String basePackage;
  private final ArchRule domainDependsOnlyOnTheJdkAndVavr;
  private final ArchRule domainStartsNoThreads;
  private final ArchRule transportSpiDependsOnlyOnTheJdk;
  private final ArchRule protocolUsesNoWebSocketOrInjectionLibrary;
  private final ArchRule protocolBuildsOnlyOnTheDomain;
  private final ArchRule transportsUseOnlyTheSpiOfTheProject;
  private final ArchRule transportsAreIndependentOfEachOther;
  private final ArchRule journalKnowsThePortNotTheEngine;
  private final ArchRule onlyTheAppImportsGuice;
  private final ArchRule nothingDependsOnTheAppOrTheTools;
  private final ArchRule componentsAreFreeOfCycles;

  EcrArchitectureRuleSet(String basePackage) {
    this.basePackage = JavaPackageName.requireValid(basePackage, "basePackage");
    this.domainDependsOnlyOnTheJdkAndVavr = domainDependsOnlyOnTheJdkAndVavr(basePackage);
    this.domainStartsNoThreads = ThreadRules.startNoThreads(basePackage + ".domain..");
    this.transportSpiDependsOnlyOnTheJdk = transportSpiDependsOnlyOnTheJdk(basePackage);
    this.protocolUsesNoWebSocketOrInjectionLibrary =
        protocolUsesNoWebSocketOrInjectionLibrary(basePackage);
    this.protocolBuildsOnlyOnTheDomain = protocolBuildsOnlyOnTheDomain(basePackage);
    this.transportsUseOnlyTheSpiOfTheProject =
        transportUsesOnlyTheSpi(basePackage + ".transport", basePackage);
    this.transportsAreIndependentOfEachOther = transportsAreIndependentOfEachOther(basePackage);
    this.journalKnowsThePortNotTheEngine = journalKnowsThePortNotTheEngine(basePackage);
    this.onlyTheAppImportsGuice = onlyTheAppImportsGuice(basePackage);
    this.nothingDependsOnTheAppOrTheTools = nothingDependsOnTheAppOrTheTools(basePackage);
    this.componentsAreFreeOfCycles = componentsAreFreeOfCycles(basePackage);
  }

  /**
   * The base package these rules were built for, e.g. {@code io.ecrhub}.
   *
   * @return the plain package name given at creation
   */
  public String basePackage() {
    return basePackage;
  }

  /**
   * {@code <base>.domain..} uses nothing but {@code java..}, {@code io.vavr..} and itself.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule domainDependsOnlyOnTheJdkAndVavr() {
    return domainDependsOnlyOnTheJdkAndVavr;
  }

  /**
   * {@code <base>.domain..} creates no thread, pool or timer: see {@link ThreadRules}.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule domainStartsNoThreads() {
    return domainStartsNoThreads;
  }

  /**
   * {@code <base>.protocol.spi..} uses nothing but {@code java..}, {@code javax.net.ssl..}.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule transportSpiDependsOnlyOnTheJdk() {
    return transportSpiDependsOnlyOnTheJdk;
  }

  /**
   * {@code <base>.protocol..} uses no Tyrus/Grizzly, Yasson, Guice, WebSocket or inject API.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule protocolUsesNoWebSocketOrInjectionLibrary() {
    return protocolUsesNoWebSocketOrInjectionLibrary;
  }

  /**
   * Within the project, {@code <base>.protocol..} uses only itself and the domain.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule protocolBuildsOnlyOnTheDomain() {
    return protocolBuildsOnlyOnTheDomain;
  }

  /**
   * Within the project, {@code <base>.transport..} uses only itself and the transport SPI.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule transportsUseOnlyTheSpiOfTheProject() {
    return transportsUseOnlyTheSpiOfTheProject;
  }

  /**
   * No {@code <base>.transport.<name>} uses another transport.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule transportsAreIndependentOfEachOther() {
    return transportsAreIndependentOfEachOther;
  }

  /**
   * Within the project, {@code <base>.journal..} uses only itself and the domain's port, model,
   * validation, order and result packages; never the engine {@code <base>.domain.payment}.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule journalKnowsThePortNotTheEngine() {
    return journalKnowsThePortNotTheEngine;
  }

  /**
   * Nothing in {@code <base>} outside {@code <base>.app..} uses {@code com.google.inject..}.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule onlyTheAppImportsGuice() {
    return onlyTheAppImportsGuice;
  }

  /**
   * Only the client's extensions — {@code <base>.metrics..} — and the tools on top — {@code
   * <base>.cli..}, {@code <base>.bench..} and {@code <base>.it..} — use {@code <base>.app..}; only
   * the tools use the extensions, and nothing uses the tools.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the app or the tools hold no
   *     classes (the extensions are optional)
   */
  public ArchRule nothingDependsOnTheAppOrTheTools() {
    return nothingDependsOnTheAppOrTheTools;
  }

  /**
   * The components ({@code <base>.x} and {@code <base>.x.y}) form no dependency cycle.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   */
  public ArchRule componentsAreFreeOfCycles() {
    return componentsAreFreeOfCycles;
  }

  /**
   * Every rule of this set, in the order of the dependency table.
   *
   * @return an immutable list of the eleven rules, the same instances on every call
   */
  public List<ArchRule> asList() {
    return List.of(
        domainDependsOnlyOnTheJdkAndVavr,
        domainStartsNoThreads,
        transportSpiDependsOnlyOnTheJdk,
        protocolUsesNoWebSocketOrInjectionLibrary,
        protocolBuildsOnlyOnTheDomain,
        transportsUseOnlyTheSpiOfTheProject,
        transportsAreIndependentOfEachOther,
        journalKnowsThePortNotTheEngine,
        onlyTheAppImportsGuice,
        nothingDependsOnTheAppOrTheTools,
        componentsAreFreeOfCycles);
  }

  /**
   * The whole set as one rule, for an {@code @ArchTest} field; its failure report lists the
   * violations of every rule that failed.
   *
   * @return a composite rule named after the base package
   */
  public ArchRule asOneRule() {
    return CompositeArchRule.of(asList())
        .as("the ecr-hub architecture of '" + basePackage + "'")
        .allowEmptyShould(false);
  }

  @Override
  public String toString() {
    return "EcrArchitectureRuleSet[" + basePackage + "]";
  }

  /**
   * The rule for a transport package, also one outside the project (a vendor's {@code
   * com.acme.transport}): within {@code ecrBasePackage} it may use only its own package and {@code
   * <ecrBasePackage>.protocol.spi}; libraries are its own business.
   */
  static ArchRule transportUsesOnlyTheSpi(String transportPackage, String ecrBasePackage) {
    JavaPackageName.requireValid(transportPackage, "transportPackage");
    JavaPackageName.requireValid(ecrBasePackage, "ecrBasePackage");
    return teach(
        noClasses()
            .that()
            .resideInAPackage(transportPackage + "..")
            .should()
            .dependOnClassesThat(
                projectCodeOutsideOf(
                    ecrBasePackage, transportPackage + "..", ecrBasePackage + ".protocol.spi..")),
        "a transport only moves text frames: knowing orders, the codec or the engine would tie a"
            + " socket library to payment rules, and it must stay possible to write a transport"
            + " against the SPI alone, which is all a vendor gets and all the contract kit checks");
  }

  private static ArchRule domainDependsOnlyOnTheJdkAndVavr(String base) {
    return teach(
        classes()
            .that()
            .resideInAPackage(base + ".domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.vavr..", base + ".domain.."),
        "the domain is the part POS teams embed everywhere (tills, kiosks, back-office jobs): a"
            + " framework import there (JSON, WebSocket, Guice, logging) is forced on every one of"
            + " them and the payment rules could no longer be tested without it; keep the domain"
            + " to the JDK and Vavr and put the framework behind a port, in an adapter module");
  }

  private static ArchRule transportSpiDependsOnlyOnTheJdk(String base) {
    return teach(
        classes()
            .that()
            .resideInAPackage(base + ".protocol.spi..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.net.ssl..", base + ".protocol.spi.."),
        "the transport SPI is the whole contract a vendor implements to carry text frames to a"
            + " terminal: a Vavr, JSON or domain type in it would become a dependency of every"
            + " vendor transport and a reason to break them all, so it stays plain JDK"
            + " (javax.net.ssl only for TLS settings)");
  }

  private static ArchRule protocolUsesNoWebSocketOrInjectionLibrary(String base) {
    return teach(
        noClasses()
            .that()
            .resideInAPackage(base + ".protocol..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.glassfish..",
                "org.eclipse.yasson..",
                "jakarta.websocket..",
                "com.google.inject..",
                "jakarta.inject.."),
        "the protocol turns orders into terminal messages and has to work over any transport:"
            + " Tyrus, Grizzly or jakarta.websocket would tie it to one socket library, Yasson"
            + " belongs on the runtime class path behind the JSON-B API, and Guice or"
            + " jakarta.inject would force a container on users who build the client with its"
            + " constructors");
  }

  private static ArchRule protocolBuildsOnlyOnTheDomain(String base) {
    return teach(
        noClasses()
            .that()
            .resideInAPackage(base + ".protocol..")
            .should()
            .dependOnClassesThat(
                projectCodeOutsideOf(base, base + ".protocol..", base + ".domain..")),
        "the protocol sits between the domain and the transports: it builds on the domain and"
            + " owns the SPI that transports implement; reaching up into a transport, the"
            + " journal, the app or the tests would turn the layering upside down and stop POS"
            + " teams from taking the protocol without those modules");
  }

  private static ArchRule transportsAreIndependentOfEachOther(String base) {
    return teach(
        slices()
            .matching(base + ".transport.(*)..")
            .namingSlices("transport '$1'")
            .should()
            .notDependOnEachOther(),
        "each transport is its own artifact that a POS team picks alone; one transport using"
            + " another drags both onto the class path and lets a change in one break the other");
  }

  private static ArchRule journalKnowsThePortNotTheEngine(String base) {
    return teach(
        noClasses()
            .that()
            .resideInAPackage(base + ".journal..")
            .should()
            .dependOnClassesThat(
                projectCodeOutsideOf(
                    base,
                    base + ".journal..",
                    base + ".domain.port..",
                    base + ".domain.model..",
                    base + ".domain.validation..",
                    base + ".domain.order..",
                    base + ".domain.result..")),
        "the JDBC journal is an adapter behind the domain's OrderJournal port: it stores and"
            + " returns what the port describes and knows nothing of the engine that drives it"
            + " (domain.payment), of the wire or of the wiring; that keeps the recovery rules in"
            + " one place and lets a POS team swap the journal (in-memory, H2, SQLite) without"
            + " touching them");
  }

  private static ArchRule onlyTheAppImportsGuice(String base) {
    return teach(
        noClasses()
            .that()
            .resideInAPackage(base + "..")
            .and()
            .resideOutsideOfPackage(base + ".app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.inject.."),
        "ecr-app is the one composition root: Guice anywhere else would force a container on"
            + " every POS team that takes a single module, and every class must stay buildable"
            + " with its plain constructor");
  }

  private static ArchRule nothingDependsOnTheAppOrTheTools(String base) {
    String app = base + ".app..";
    String extensions = base + ".metrics..";
    String[] tools = {base + ".cli..", base + ".bench..", base + ".it.."};
    String[] appExtensionsAndTools = {app, extensions, tools[0], tools[1], tools[2]};
    return teach(
        layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(base + "..")
            .withOptionalLayers(false)
            .layer("app")
            .definedBy(app)
            .optionalLayer("extensions")
            .definedBy(extensions)
            .layer("tools")
            .definedBy(tools)
            .layer("product modules")
            .definedBy(projectCodeOutsideOf(base, appExtensionsAndTools))
            .whereLayer("app")
            .mayOnlyBeAccessedByLayers("extensions", "tools")
            .whereLayer("extensions")
            .mayOnlyBeAccessedByLayers("tools")
            .whereLayer("tools")
            .mayNotBeAccessedByAnyLayer(),
        "ecr-app is the client a POS embeds; the command line, the benchmarks and the test suites"
            + " are tools built on top of it; a product module that imported them would drag"
            + " Guice, picocli, JMH or test code into every user's build and form a module cycle."
            + " Optional extensions of the client (metrics) are built on its public listener API"
            + " as a POS is, so they may use the app; the app and the product modules must not"
            + " use them, or the option would become a dependency of everyone");
  }

  private static ArchRule componentsAreFreeOfCycles(String base) {
    return teach(
        slices()
            .assignedFrom(new ComponentSlices(base))
            .namingSlices("component '$1'")
            .should()
            .beFreeOfCycles(),
        "components that depend on each other in a circle can only be understood, tested and"
            + " released together; a cycle usually means a type sits in the wrong package or a"
            + " port is missing");
  }

  /**
   * Classes of the project (everything under {@code base}) other than the allowed packages: the
   * project code a restricted package must not use. Libraries are deliberately not matched.
   */
  private static DescribedPredicate<JavaClass> projectCodeOutsideOf(
      String base, String... allowedPackages) {
    return resideInAPackage(base + "..")
        .and(not(resideInAnyPackage(allowedPackages)))
        .as("belong to '%s' outside of %s", base, Arrays.toString(allowedPackages));
  }

  /** Every rule gets its lesson and refuses to pass when it has nothing to check. */
  private static ArchRule teach(ArchRule rule, String because) {
    return rule.because(because).allowEmptyShould(false);
  }
}
