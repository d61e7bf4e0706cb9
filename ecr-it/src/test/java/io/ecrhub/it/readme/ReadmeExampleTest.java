package io.ecrhub.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example of the README (its first {@code java} block) compiles against the real
 * modules exactly as printed, imports included.
 */
class ReadmeExampleTest {

  @Test
  void the_embedding_example_compiles_as_printed_with_its_imports(@TempDir Path out)
      throws IOException {
    String example = javaBlockOf(Path.of("..", "README.md"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();

    boolean compiled =
        compiler
            .getTask(
                diagnostics,
                null,
                null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString()),
                null,
                List.of(new Source("Till", example)))
            .call();

    assertThat(example).as("a whole file, imports first").startsWith("import ");
    assertThat(example.lines().count()).as("a short example").isLessThanOrEqualTo(20);
    assertThat(example)
        .as("closes what it opens: the client, which closes its default journal")
        .contains("try (EcrClient ecr =");
    assertThat(compiled).as("README example:\n%s\n%s", example, diagnostics).isTrue();
    assertThat(out.resolve("Till.class")).exists();
  }

  private static String javaBlockOf(Path readme) throws IOException {
    Matcher block =
        Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(readme));
    assertThat(block.find()).as("README.md has a ```java block").isTrue();
    return block.group(1);
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String name, String code) {
      super(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
