package io.ecrhub.archrules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The layering of a POS code base that takes payments through ecr-hub, in your own package names —
 * a hexagon in the manner of buckpal and ArchUnit's {@code onionArchitecture()}: a domain that
 * knows no framework, an application around it, adapters at the edge that do not know each other,
 * and one composition root that wires them.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.pos", importOptions = ImportOption.DoNotIncludeTests.class)
 * class AcmeArchitectureTest {
 *   @ArchTest
 *   static final ArchRule hexagon =
 *       HexagonalArchitecture.builder()
 *           .domain("com.acme.pos.domain..")
 *           .application("com.acme.pos.checkout..")
 *           .adapter("terminal", "com.acme.pos.adapter.terminal..")
 *           .adapter("web", "com.acme.pos.adapter.web..")
 *           .compositionRoot("com.acme.pos.boot..")
 *           .build()
 *           .asOneRule();
 * }
 * }</pre>
 *
 * Every rule fails when the packages it is about hold no classes, so a renamed package shows.
 */
public final class HexagonalArchitecture {

  /** What a domain may use besides itself: the JDK, Vavr and ecr-hub's payment domain. */
  public static final List<String> DOMAIN_LIBRARIES =
      List.of("java..", "io.vavr..", "io.ecrhub.domain..");

  private static final String[] ECR_HUB_EDGE = {
    "io.ecrhub.app..",
    "io.ecrhub.protocol..",
    "io.ecrhub.transport..",
    "io.ecrhub.journal..",
    "io.ecrhub.simulator.."
  };

  private final String[] domain;
  private final String[] application;
  private final Map<String, String[]> adapters;
  private final String[] compositionRoot;
  private final String[] domainLibraries;

  private HexagonalArchitecture(Builder builder) {
    this.domain = PackagePatterns.requireNonEmpty(builder.domain, "domain");
    this.application = PackagePatterns.requireNonEmpty(builder.application, "application");
    if (builder.adapters.isEmpty()) {
      throw new IllegalArgumentException("adapter: name at least one adapter");
    }
    this.adapters = new LinkedHashMap<>(builder.adapters);
    this.compositionRoot =
        PackagePatterns.requireNonEmpty(builder.compositionRoot, "compositionRoot");
    this.domainLibraries = builder.domainLibraries.toArray(String[]::new);
  }

  /**
   * Starts naming the parts; domain, application, at least one adapter and the composition root are
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The domain uses only itself and {@link #DOMAIN_LIBRARIES} (or the libraries you allowed).
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule domainUsesNoFramework() {
    return classes()
        .that()
        .resideInAnyPackage(domain)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(concat(domain, domainLibraries))
        .because(
            "the domain holds the shop's rules: a framework there (JSON, a socket library, Guice,"
                + " ecr-hub's transports) ties every rule to it and makes it untestable without")
        .allowEmptyShould(false);
  }

  /**
   * The domain creates no thread, pool or timer: see {@link ThreadRules#startNoThreads}.
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule domainStartsNoThreads() {
    return ThreadRules.startNoThreads(domain);
  }

  /**
   * The domain and the application reach the terminal only through an adapter.
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule coreReachesTheTerminalOnlyThroughAnAdapter() {
    return noClasses()
        .that()
        .resideInAnyPackage(concat(domain, application))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ECR_HUB_EDGE)
        .because(
            "the checkout should not care whether the terminal is a WebSocket, a serial line or"
                + " the simulator: it talks to a port, and an adapter talks to ecr-hub's client")
        .allowEmptyShould(false);
  }

  /**
   * Neither the domain nor the application depends on an adapter or the composition root.
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule coreDependsOnNoAdapter() {
    return noClasses()
        .that()
        .resideInAnyPackage(concat(domain, application))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(concat(allAdapters(), compositionRoot))
        .because(
            "dependencies point inwards: an adapter implements a port of the core, never the"
                + " other way round")
        .allowEmptyShould(false);
  }

  /**
   * No adapter uses another one. With a single adapter the rule only checks that it holds classes.
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule adaptersAreIndependent() {
    List<ArchRule> rules = new ArrayList<>();
    adapters.forEach(
        (name, packages) -> {
          String[] others =
              adapters.entrySet().stream()
                  .filter(other -> !other.getKey().equals(name))
                  .flatMap(other -> Arrays.stream(other.getValue()))
                  .toArray(String[]::new);
          if (others.length > 0) {
            rules.add(
                noClasses()
                    .that()
                    .resideInAnyPackage(packages)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .as("adapter '" + name + "' should not depend on another adapter")
                    .allowEmptyShould(false));
          }
        });
    if (rules.isEmpty()) {
      // one adapter has nobody to depend on; the rule still insists that it exists
      return classes()
          .that()
          .resideInAnyPackage(allAdapters())
          .should()
          .resideInAnyPackage(allAdapters())
          .as("the one adapter stands alone")
          .allowEmptyShould(false);
    }
    return CompositeArchRule.of(rules)
        .as("adapters should not depend on each other")
        .because("each adapter can then be replaced or removed alone")
        .allowEmptyShould(false);
  }

  /**
   * Nothing but the composition root itself depends on it.
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule nothingDependsOnTheCompositionRoot() {
    return noClasses()
        .that(not(resideInAnyPackage(compositionRoot)))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(compositionRoot)
        .because("the composition root knows every part; a part that knew it would know them all")
        .allowEmptyShould(false);
  }

  /**
   * Only the composition root uses Guice (or {@code jakarta.inject}).
   *
   * @return the rule, for an {@code @ArchTest} field; fails on empty packages
   */
  public ArchRule onlyTheCompositionRootUsesInjection() {
    return noClasses()
        .that(not(resideInAnyPackage(compositionRoot)))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
        .because("every other class stays buildable with its plain constructor")
        .allowEmptyShould(false);
  }

  /**
   * No class uses an {@code internal} package of ecr-hub.
   *
   * @return the rule, for an {@code @ArchTest} field; fails when no class is imported
   */
  public ArchRule usesNoEcrHubInternals() {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.ecrhub..internal..")
        .because(
            "ecr-hub's internal packages are not exported from its modules and change without"
                + " notice; the API is everything else")
        .allowEmptyShould(false);
  }

  /**
   * Every rule, in the order above, to run or report one by one.
   *
   * @return a new immutable list of the eight rules
   */
  public List<ArchRule> asList() {
    return List.of(
        domainUsesNoFramework(),
        domainStartsNoThreads(),
        coreReachesTheTerminalOnlyThroughAnAdapter(),
        coreDependsOnNoAdapter(),
        adaptersAreIndependent(),
        nothingDependsOnTheCompositionRoot(),
        onlyTheCompositionRootUsesInjection(),
        usesNoEcrHubInternals());
  }

  /**
   * Every rule as one, for an {@code @ArchTest} field.
   *
   * @return a composite rule named "the hexagon" that reports every violated rule
   */
  public ArchRule asOneRule() {
    return CompositeArchRule.of(asList()).as("the hexagon").allowEmptyShould(false);
  }

  private String[] allAdapters() {
    return adapters.values().stream().flatMap(Arrays::stream).toArray(String[]::new);
  }

  private static String[] concat(String[] first, String[] second) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
  }

  /**
   * Names the packages of each part, as ArchUnit package patterns ({@code com.acme.pos.domain..}).
   */
  public static final class Builder {
    private String[] domain = new String[0];
    private String[] application = new String[0];
    private final Map<String, String[]> adapters = new LinkedHashMap<>();
    private String[] compositionRoot = new String[0];
    private List<String> domainLibraries = DOMAIN_LIBRARIES;

    private Builder() {}

    /**
     * The domain: the shop's rules, free of frameworks. Required.
     *
     * @param packages ArchUnit package patterns, e.g. {@code com.acme.pos.domain..}; replaces any
     *     set before
     * @return this builder
     */
    public Builder domain(String... packages) {
      this.domain = packages;
      return this;
    }

    /**
     * The application: the use cases around the domain, talking to ports. Required.
     *
     * @param packages ArchUnit package patterns, e.g. {@code com.acme.pos.checkout..}; replaces any
     *     set before
     * @return this builder
     */
    public Builder application(String... packages) {
      this.application = packages;
      return this;
    }

    /**
     * One adapter; name it so that a failure says which. Call once per adapter; at least one is
     * required.
     *
     * @param name the adapter's name in failure messages; the same name again replaces it
     * @param packages ArchUnit package patterns, at least one
     * @return this builder
     * @throws IllegalArgumentException when no package is given
     */
    public Builder adapter(String name, String... packages) {
      Objects.requireNonNull(name, "name");
      adapters.put(name, PackagePatterns.requireNonEmpty(packages, "adapter '" + name + "'"));
      return this;
    }

    /**
     * The composition root: where the parts are wired (e.g. the Guice module and {@code main}).
     * Required.
     *
     * @param packages ArchUnit package patterns, e.g. {@code com.acme.pos.boot..}; replaces any set
     *     before
     * @return this builder
     */
    public Builder compositionRoot(String... packages) {
      this.compositionRoot = packages;
      return this;
    }

    /**
     * What the domain may use besides itself, replacing {@link #DOMAIN_LIBRARIES}; include {@code
     * java..} unless the domain is to avoid the JDK too.
     *
     * @param packages ArchUnit package patterns
     * @return this builder
     */
    public Builder domainLibraries(String... packages) {
      this.domainLibraries = List.of(packages);
      return this;
    }

    /**
     * Makes the rules from the parts named so far.
     *
     * @return the architecture, whose methods give the rules
     * @throws IllegalArgumentException when a part is missing, naming it
     */
    public HexagonalArchitecture build() {
      return new HexagonalArchitecture(this);
    }
  }
}
