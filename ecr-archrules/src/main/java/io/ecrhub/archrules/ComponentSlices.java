package io.ecrhub.archrules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Cuts a code base into components: the packages up to two levels below the base package, such as
 * {@code domain.model}, {@code protocol.spi} or {@code transport.tyrus}. Deeper packages belong to
 * their component, and classes directly in a first-level package (a facade in {@code app}) form a
 * component of their own.
 *
 * <p>An {@code internal} package belongs to the component whose API it implements: {@code
 * simulator.internal} is part of {@code simulator}, {@code protocol.client.internal} of {@code
 * protocol.client}. An API that creates its implementation, which in turn uses the API's value
 * types, is one component and no cycle.
 *
 * <p>ArchUnit's pattern {@code base.(*).(*)..} would drop those first-level classes from the cycle
 * check, which is why the assignment is written out here.
 */
final class ComponentSlices implements SliceAssignment {

  private static final String INTERNAL = "internal";

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
    boolean single = segments.length == 1 || segments[1].equals(INTERNAL);
    String component = single ? segments[0] : segments[0] + "." + segments[1];
    return SliceIdentifier.of(basePackage + "." + component);
  }

  @Override
  public String getDescription() {
    return "components of '" + basePackage + "' (the packages up to two levels below it)";
  }
}
