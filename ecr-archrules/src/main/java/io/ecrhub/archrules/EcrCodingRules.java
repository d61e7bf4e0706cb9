package io.ecrhub.archrules;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * {@link CodingRules} for ecr-hub's own product code, ready to run: every {@code io.ecrhub} class
 * but the command line, the benchmarks and the test suites, which are console programs.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.ecrhub", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   @ArchTest static final ArchTests coding = ArchTests.in(EcrCodingRules.class);
 * }
 * }</pre>
 */
public final class EcrCodingRules {

  private static final CodingRules ECR_HUB =
      CodingRules.forPackages(
          new String[] {"io.ecrhub.."}, "io.ecrhub.cli..", "io.ecrhub.bench..", "io.ecrhub.it..");

  /** See {@link CodingRules#throwNoGenericExceptions()}. */
  @ArchTest
  public static final ArchRule no_generic_exceptions_are_thrown =
      ECR_HUB.throwNoGenericExceptions();

  /** See {@link CodingRules#useNoJavaUtilLogging()}. */
  @ArchTest public static final ArchRule no_java_util_logging = ECR_HUB.useNoJavaUtilLogging();

  /** See {@link CodingRules#accessNoStandardStreams()}. */
  @ArchTest public static final ArchRule no_standard_streams = ECR_HUB.accessNoStandardStreams();

  /** See {@link CodingRules#useNoJodaTime()}. */
  @ArchTest public static final ArchRule no_joda_time = ECR_HUB.useNoJodaTime();

  /** See {@link CodingRules#useNoFieldInjection()}. */
  @ArchTest public static final ArchRule no_field_injection = ECR_HUB.useNoFieldInjection();

  /** See {@link CodingRules#accessNoDeprecatedApi()}. */
  @ArchTest public static final ArchRule no_deprecated_api = ECR_HUB.accessNoDeprecatedApi();

  private EcrCodingRules() {}
}
