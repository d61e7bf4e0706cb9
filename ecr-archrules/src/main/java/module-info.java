/** Reusable ArchUnit rules. */
module io.ecrhub.archrules {
  requires transitive com.tngtech.archunit;
  requires com.tngtech.archunit.junit5.api;

  exports io.ecrhub.archrules;
}
