package io.ecrhub.cli.command;

import picocli.CommandLine.IVersionProvider;

/** {@code ecr --version}: the version the jar was built as, and the Java it runs on. */
public final class EcrVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "ecr " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }

  /** From the jar's manifest ({@code Implementation-Version}); "development" from classes. */
  static String version() {
    String version = EcrVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
