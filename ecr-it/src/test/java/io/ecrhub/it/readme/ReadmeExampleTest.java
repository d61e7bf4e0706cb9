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

/** The embedding example of the README compiles against the real modules, as printed. */
class ReadmeExampleTest {

  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.ecrhub.app.api.EcrClient;",
          "import io.ecrhub.domain.order.OrderDraft;",
          "import io.ecrhub.domain.result.PaymentOutcome;",
          "import io.ecrhub.journal.jdbc.JdbcOrderJournal;",
          "import io.ecrhub.journal.jdbc.JournalLocation;",
          "import io.vavr.control.Option;");

  @Test
  void the_embedding_example_compiles(@TempDir Path out) throws IOException {
    String example = javaBlockOf(Path.of("..", "README.md"));
    String source = IMPORTS + "\nclass ReadmeExample {\n  void run() {\n" + example + "\n  }\n}\n";
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
                List.of(new Source("ReadmeExample", source)))
            .call();

    assertThat(example.lines().count()).as("a ten-line example").isLessThanOrEqualTo(12);
    assertThat(compiled).as("README example:\n%s\n%s", source, diagnostics).isTrue();
    assertThat(out.resolve("ReadmeExample.class")).exists();
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
