package io.ecrhub.it.api;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The ecr-hub modules on this test's class path, found by their module descriptors. */
final class PublishedModules {

  /** Every module the project publishes (ecr-bench and ecr-it are not among them). */
  static final List<String> NAMES =
      List.of(
          "io.ecrhub.domain",
          "io.ecrhub.protocol",
          "io.ecrhub.transport.tyrus",
          "io.ecrhub.transport.tyrus.server",
          "io.ecrhub.transport.loopback",
          "io.ecrhub.transport.serial",
          "io.ecrhub.transport.jdk",
          "io.ecrhub.journal.jdbc",
          "io.ecrhub.transport.testkit",
          "io.ecrhub.archrules",
          "io.ecrhub.simulator",
          "io.ecrhub.simulator.ui",
          "io.ecrhub.discovery",
          "io.ecrhub.app",
          "io.ecrhub.cli",
          "io.ecrhub.metrics.micrometer");

  private PublishedModules() {}

  /** The class path entries, one per element. */
  static List<Path> classPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(Path::of)
        .filter(Files::exists)
        .toList();
  }

  /** The modules with an explicit descriptor named {@code io.ecrhub.*}, by name. */
  static Map<String, ModuleReference> onTheClassPath() {
    Map<String, ModuleReference> found = new TreeMap<>();
    for (Path entry : classPath()) {
      explicitModule(entry)
          .filter(reference -> reference.descriptor().name().startsWith("io.ecrhub."))
          .ifPresent(reference -> found.put(reference.descriptor().name(), reference));
    }
    return found;
  }

  private static Optional<ModuleReference> explicitModule(Path entry) {
    if (Files.isDirectory(entry) && !Files.exists(entry.resolve("module-info.class"))) {
      return Optional.empty();
    }
    try {
      return ModuleFinder.of(entry).findAll().stream()
          .filter(reference -> !reference.descriptor().isAutomatic())
          .findFirst();
    } catch (RuntimeException notAModule) {
      return Optional.empty();
    }
  }
}
