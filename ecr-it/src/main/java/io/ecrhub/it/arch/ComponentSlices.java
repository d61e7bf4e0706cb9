package io.ecrhub.it.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Cuts a code base into components: the packages up to two levels below the base package, such as
 * {@code domain.model}, {@code protocol.spi} or {@code transport.tyrus}. Deeper packages belong to
 * their component, and classes directly in a first-level package (a facade in {@code app}) form a
 * component of their own.
 *
 * <p>ArchUnit's pattern {@code base.(*).(*)..} would drop those first-level classes from the cycle
 * check, which is why the assignment is written out here.
 */
final class ComponentSlices implements SliceAssignment {

  private final String basePackage;

  ComponentSlices(String basePackage) {
    this.basePackage = basePackage;
  }

  @Override
  public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
    String packageName = javaClass.getPackageName();
    if (packageName.equals(basePackage)) {
      return SliceIdentifier.of(basePackage);
    }
    if (!packageName.startsWith(basePackage + ".")) {
      return SliceIdentifier.ignore();
    }
    String[] segments = packageName.substring(basePackage.length() + 1).split("\\.", 3);
    String component = segments.length == 1 ? segments[0] : segments[0] + "." + segments[1];
    return SliceIdentifier.of(basePackage + "." + component);
  }

  @Override
  public String getDescription() {
    return "components of '" + basePackage + "' (the packages up to two levels below it)";
  }
}
