package io.ecrhub.archrules;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * ArchUnit's {@link GeneralCodingRules}, for the product code of a code base: no generic exceptions
 * thrown, no {@code java.util.logging}, no Joda-Time, no field injection, no deprecated API, and no
 * standard streams — except in the packages that are a console program by nature (a command line
 * prints its result; its logging set-up bridges {@code java.util.logging}).
 */
public final class CodingRules {

  private final String[] product;
  private final String[] console;

  private CodingRules(String[] product, String[] console) {
    this.product = product;
    this.console = console;
  }

  /**
   * The rules for {@code productPackages}, with {@code consolePackages} (within them, or not)
   * allowed standard streams and {@code java.util.logging}.
   *
   * @param productPackages ArchUnit package patterns, e.g. {@code io.ecrhub..}
   * @param consolePackages ArchUnit package patterns, e.g. {@code io.ecrhub.cli..}; may be empty
   * @return the rules, one method each
   * @throws IllegalArgumentException when {@code productPackages} is empty or holds a blank pattern
   */
  public static CodingRules forPackages(String[] productPackages, String... consolePackages) {
    return new CodingRules(
        PackagePatterns.requireNonEmpty(productPackages, "productPackages"),
        consolePackages.clone());
  }

  /**
   * Outside the console packages, no class creates a plain {@code Throwable}, {@code Exception} or
   * {@code RuntimeException} to throw.
   *
   * @return the rule; fails when the packages hold no classes
   */
  public ArchRule throwNoGenericExceptions() {
    return outsideConsole()
        .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
        .because("a caller can only catch RuntimeException or Exception by catching everything")
        .allowEmptyShould(false);
  }

  /**
   * Outside the console packages, no class uses {@code java.util.logging}.
   *
   * @return the rule; fails when the packages hold no classes
   */
  public ArchRule useNoJavaUtilLogging() {
    return outsideConsole()
        .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
        .because("the product logs through SLF4J or System.Logger; the user picks the binding")
        .allowEmptyShould(false);
  }

  /**
   * Outside the console packages, no class uses {@code System.out}, {@code System.err} or {@code
   * printStackTrace()}.
   *
   * @return the rule; fails when the packages hold no classes
   */
  public ArchRule accessNoStandardStreams() {
    return outsideConsole()
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("a library's output goes to its caller or its log, never to a POS's console")
        .allowEmptyShould(false);
  }

  /**
   * No product class uses Joda-Time.
   *
   * @return the rule; fails when the packages hold no classes
   */
  public ArchRule useNoJodaTime() {
    return inProduct()
        .should(GeneralCodingRules.USE_JODATIME)
        .because("java.time is there")
        .allowEmptyShould(false);
  }

  /**
   * No field of a product class is annotated for injection ({@code @Inject}, {@code @Autowired} and
   * the like).
   *
   * @return the rule; fails when the packages hold no fields
   */
  public ArchRule useNoFieldInjection() {
    return noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(product)
        .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
        .because("a field injected by a container cannot be set by a plain constructor")
        .allowEmptyShould(false);
  }

  /**
   * No product class accesses a member, or depends on a class, annotated {@link Deprecated}.
   *
   * @return the rule; fails when the packages hold no classes
   */
  public ArchRule accessNoDeprecatedApi() {
    return inProduct()
        .should()
        .accessTargetWhere(target(annotatedWith(Deprecated.class)))
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Deprecated.class)
        .because("deprecated API is the next upgrade's breakage")
        .allowEmptyShould(false);
  }

  /**
   * Every rule, in the order above.
   *
   * @return a new immutable list of the six rules
   */
  public List<ArchRule> asList() {
    return List.of(
        throwNoGenericExceptions(),
        useNoJavaUtilLogging(),
        accessNoStandardStreams(),
        useNoJodaTime(),
        useNoFieldInjection(),
        accessNoDeprecatedApi());
  }

  /**
   * Every rule as one, for an {@code @ArchTest} field.
   *
   * @return a composite rule named "general coding rules"
   */
  public ArchRule asOneRule() {
    return CompositeArchRule.of(asList()).as("general coding rules").allowEmptyShould(false);
  }

  private GivenClassesConjunction inProduct() {
    return noClasses().that().resideInAnyPackage(product);
  }

  private GivenClassesConjunction outsideConsole() {
    return noClasses().that().resideInAnyPackage(product).and().resideOutsideOfPackages(console);
  }
}
