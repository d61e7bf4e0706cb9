package io.ecrhub.journal.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.ecrhub.journal.jdbc",
    importOptions = ImportOption.DoNotIncludeTests.class)
class JournalArchitectureTest {

  @ArchTest
  static final ArchRule the_journal_knows_the_domain_port_and_model_and_nothing_else_of_ecr_hub =
      classes()
          .that()
          .resideInAPackage("io.ecrhub.journal.jdbc..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.ecrhub.journal.jdbc..",
              "io.ecrhub.domain.port..",
              "io.ecrhub.domain.model..",
              "io.vavr..",
              "java..")
          .because(
              "the journal is an adapter of the domain's OrderJournal port: it must not reach into"
                  + " the payment engine, the protocol, a transport or the application");

  @ArchTest
  static final ArchRule the_journal_speaks_plain_jdbc =
      noClasses()
          .that()
          .resideInAPackage("io.ecrhub.journal.jdbc..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.sqlite..", "org.h2..", "org.postgresql..")
          .because("any JDBC URL must work, so no driver's own classes may be used");
}
