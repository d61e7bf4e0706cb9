package io.ecrhub.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example of {@code docs/writing-a-transport.md} is the contract test that runs: the doc's code
 * block must be the named test source, byte for byte, and stay under 50 lines.
 */
class WritingATransportDocTest {

  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- example: (\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void the_example_block_is_the_compiled_contract_test_and_is_short() throws IOException {
    Path root = Path.of("..");
    Matcher example =
        EXAMPLE.matcher(Files.readString(root.resolve("docs/writing-a-transport.md")));
    assertThat(example.find()).as("the doc has an example block naming its source").isTrue();

    Path source = root.resolve(example.group(1));
    String block = example.group(2);

    assertThat(source).exists();
    assertThat(block).isEqualTo(Files.readString(source));
    assertThat(block.lines().count()).as("lines of the example").isLessThan(50);
  }
}
