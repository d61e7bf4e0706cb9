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
 * The README's "Many tills, one journal" example — a PostgreSQL journal, a Micrometer registry and
 * a listener wired in a few lines — compiles against the real modules, as printed.
 */
class ReadmeFleetExampleTest {

  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.ecrhub.app.api.EcrClient;",
          "import io.ecrhub.app.events.ConnectionChange;",
          "import io.ecrhub.app.events.EcrClientListener;",
          "import io.ecrhub.app.events.RecoveryEnded;",
          "import io.ecrhub.domain.port.JournalWindow;",
          "import io.ecrhub.domain.reconciliation.Reconciliation;",
          "import io.ecrhub.journal.jdbc.JdbcOrderJournal;",
          "import io.ecrhub.metrics.micrometer.EcrMetrics;",
          "import io.micrometer.core.instrument.MeterRegistry;",
          "import java.time.Instant;",
          "import java.util.Properties;");

  @Test
  void the_many_tills_example_compiles(@TempDir Path out) throws IOException {
    String example = javaBlockAfter(Path.of("..", "README.md"), "## Many tills, one journal");
    String source =
        IMPORTS
            + "\nclass ReadmeFleetExample {\n  void run(MeterRegistry registry) {\n"
            + example
            + "\n  }\n}\n";
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
                List.of(new Source("ReadmeFleetExample", source)))
            .call();

    assertThat(compiled).as("README example:\n%s\n%s", source, diagnostics).isTrue();
    assertThat(out.resolve("ReadmeFleetExample.class")).exists();
  }

  private static String javaBlockAfter(Path readme, String heading) throws IOException {
    String text = Files.readString(readme);
    int section = text.indexOf("\n" + heading + "\n");
    assertThat(section).as("README.md has the section %s", heading).isNotNegative();
    Matcher block =
        Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(text.substring(section));
    assertThat(block.find()).as("a ```java block after %s", heading).isTrue();
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
