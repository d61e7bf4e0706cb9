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
   */
  public static CodingRules forPackages(String[] productPackages, String... consolePackages) {
    return new CodingRules(
        PackagePatterns.requireNonEmpty(productPackages, "productPackages"),
        consolePackages.clone());
  }

  public ArchRule throwNoGenericExceptions() {
    return outsideConsole()
        .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
        .because("a caller can only catch RuntimeException or Exception by catching everything")
        .allowEmptyShould(false);
  }

  public ArchRule useNoJavaUtilLogging() {
    return outsideConsole()
        .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
        .because("the product logs through SLF4J or System.Logger; the user picks the binding");
  }

  public ArchRule accessNoStandardStreams() {
    return outsideConsole()
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("a library's output goes to its caller or its log, never to a POS's console")
        .allowEmptyShould(false);
  }

  public ArchRule useNoJodaTime() {
    return inProduct()
        .should(GeneralCodingRules.USE_JODATIME)
        .because("java.time is there")
        .allowEmptyShould(false);
  }

  public ArchRule useNoFieldInjection() {
    return noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(product)
        .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
        .because("a field injected by a container cannot be set by a plain constructor")
        .allowEmptyShould(false);
  }

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

  public List<ArchRule> asList() {
    return List.of(
        throwNoGenericExceptions(),
        useNoJavaUtilLogging(),
        accessNoStandardStreams(),
        useNoJodaTime(),
        useNoFieldInjection(),
        accessNoDeprecatedApi());
  }

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
