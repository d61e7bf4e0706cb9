package io.ecrhub.it.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.ecrhub.archrules.EcrArchitectureRules;

/**
 * Checks ecr-hub's own production code (every {@code io.ecrhub} class on the test class path, tests
 * and fixtures excluded) against {@link EcrArchitectureRules}.
 */
@AnalyzeClasses(packages = "io.ecrhub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests ecr_hub = ArchTests.in(EcrArchitectureRules.class);
}
