package io.ecrhub.it.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public surface changes only on purpose: the API of every published module (its exported
 * packages' public and protected signatures) must equal the dump checked in at {@code
 * api/<module>.api}. A change shows as a diff; when it is meant, regenerate the dumps and commit
 * them with it:
 *
 * <pre>
 * ./mvnw -B verify -pl ecr-it -am -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Decr.api.update=true
 * </pre>
 */
class PublicApiTest {

  /** The dumps, from the ecr-it directory Maven runs the tests in. */
  private static final Path DUMPS = Path.of("..", "api");

  @Test
  void every_published_module_is_on_the_class_path_as_a_named_module() {
    assertThat(PublishedModules.onTheClassPath().keySet())
        .containsExactlyInAnyOrderElementsOf(PublishedModules.NAMES);
  }

  @Test
  void the_api_of_every_published_module_is_the_one_checked_in() throws IOException {
    boolean update = Boolean.getBoolean("ecr.api.update");
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, ModuleReference> module : PublishedModules.onTheClassPath().entrySet()) {
      List<String> actual = ApiDump.of(module.getValue());
      Path dump = DUMPS.resolve(module.getKey() + ".api");
      if (update) {
        Files.createDirectories(DUMPS);
        Files.write(dump, actual, StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.exists(dump)) {
        differences.add(module.getKey() + ": no API dump at " + dump.normalize());
        continue;
      }
      List<String> expected = Files.readAllLines(dump, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        differences.add(diff(module.getKey(), expected, actual));
      }
    }
    if (!differences.isEmpty()) {
      fail(
          "the public API changed; if that is meant, regenerate the dumps with"
              + " -Decr.api.update=true (see PublicApiTest) and commit them:\n"
              + String.join("\n", differences));
    }
  }

  /** The lines only in the checked-in dump ({@code -}) and only in the code ({@code +}). */
  private static String diff(String module, List<String> expected, List<String> actual) {
    Set<String> before = new HashSet<>(expected);
    Set<String> after = new HashSet<>(actual);
    StringBuilder diff = new StringBuilder("--- api/" + module + ".api\n+++ the code\n");
    expected.stream()
        .filter(line -> !after.contains(line))
        .forEach(l -> diff.append("- ").append(l.strip()).append('\n'));
    actual.stream()
        .filter(line -> !before.contains(line))
        .forEach(l -> diff.append("+ ").append(l.strip()).append('\n'));
    return diff.toString();
  }
}
