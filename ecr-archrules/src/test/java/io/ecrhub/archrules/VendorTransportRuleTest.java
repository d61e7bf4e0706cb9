package io.ecrhub.archrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.ecrhub.archrules.fixture.vendor.bad.OrderAwareAcmeTransport;
import io.ecrhub.domain.model.Amount;
import org.junit.jupiter.api.Test;

/**
 * The rule a vendor runs on a transport written against the real ecr-hub SPI. Importing only the
 * vendor's package is enough: ArchUnit knows the package of every class it references.
 */
class VendorTransportRuleTest {

  private static final String GOOD_VENDOR = "io.ecrhub.archrules.fixture.vendor.good";
  private static final String BAD_VENDOR = "io.ecrhub.archrules.fixture.vendor.bad";

  @Test
  void a_vendor_transport_that_uses_only_the_spi_and_its_own_libraries_passes() {
    ArchRule rule = EcrArchitectureRules.transportUsesOnlyTheSpi(GOOD_VENDOR);

    JavaClasses vendorClasses = new ClassFileImporter().importPackages(GOOD_VENDOR);

    assertThatCode(() -> rule.check(vendorClasses)).doesNotThrowAnyException();
  }

  @Test
  void a_vendor_transport_that_uses_the_domain_fails_naming_the_class_and_what_it_used() {
    ArchRule rule = EcrArchitectureRules.transportUsesOnlyTheSpi(BAD_VENDOR);

    JavaClasses vendorClasses = new ClassFileImporter().importPackages(BAD_VENDOR);

    assertThatThrownBy(() -> rule.check(vendorClasses))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(OrderAwareAcmeTransport.class.getName())
        .hasMessageContaining(Amount.class.getName());
  }

  @Test
  void the_vendor_rule_fails_when_the_transport_package_holds_no_classes() {
    ArchRule rule = EcrArchitectureRules.transportUsesOnlyTheSpi(GOOD_VENDOR + ".renamed");
    JavaClasses vendorClasses = new ClassFileImporter().importPackages(GOOD_VENDOR);

    assertThat(vendorClasses).isNotEmpty();

    assertThatThrownBy(() -> rule.check(vendorClasses))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }

  @Test
  void a_vendor_package_with_wildcards_is_rejected_naming_the_parameter() {
    assertThatThrownBy(() -> EcrArchitectureRules.transportUsesOnlyTheSpi("com.acme.."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transportPackage")
        .hasMessageContaining("'com.acme..'");
    assertThatThrownBy(() -> EcrArchitectureRules.transportUsesOnlyTheSpi("com.acme", "io.*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ecrBasePackage");
  }
}
