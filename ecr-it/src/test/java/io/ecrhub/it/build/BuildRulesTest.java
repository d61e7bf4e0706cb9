package io.ecrhub.it.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The build's own rules (issue 16): the main sources of every published module are compiled with
 * doclint and fail on any warning, so an undocumented public member cannot land; and the tests'
 * output goes to files, so that what {@code verify} prints is the build's result, not the logs of
 * tests that fail on purpose.
 */
class BuildRulesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void the_root_pom_documents_and_fails_on_every_warning_of_the_main_sources() throws Exception {
    Element root = pom(ROOT.resolve("pom.xml"));
    Element properties = child(root, "properties");

    assertThat(text(properties, "ecr.doclint")).isEqualTo("-Xdoclint:all/protected");
    assertThat(text(properties, "ecr.failOnWarning")).isEqualTo("true");
    Element compile = execution(plugin(root, "maven-compiler-plugin"), "default-compile");
    Element configuration = child(compile, "configuration");
    assertThat(texts(child(configuration, "compilerArgs"), "arg")).contains("${ecr.doclint}");
    assertThat(text(configuration, "failOnWarning")).isEqualTo("${ecr.failOnWarning}");
  }

  @Test
  void no_published_module_turns_the_javadoc_rule_off() throws Exception {
    Element root = pom(ROOT.resolve("pom.xml"));
    List<String> published = new ArrayList<>();
    for (String module : texts(child(root, "modules"), "module")) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      Element properties = child(pom, "properties");
      boolean deployed =
          properties == null || !"true".equals(text(properties, "maven.deploy.skip"));
      if (!deployed || module.equals("ecr-bom")) {
        continue;
      }
      published.add(module);
      if (properties != null) {
        assertThat(text(properties, "ecr.doclint")).as(module + " ecr.doclint").isNull();
        assertThat(text(properties, "ecr.failOnWarning"))
            .as(module + " ecr.failOnWarning")
            .isNull();
      }
    }
    assertThat(published).contains("ecr-domain", "ecr-protocol", "ecr-app", "ecr-cli");
  }

  @Test
  void tests_write_their_output_to_files_not_to_the_build_log() throws Exception {
    Element surefire = plugin(pom(ROOT.resolve("pom.xml")), "maven-surefire-plugin");

    assertThat(text(child(surefire, "configuration"), "redirectTestOutputToFile"))
        .isEqualTo("true");
  }

  @Test
  void the_doclint_options_of_the_build_refuse_an_undocumented_public_method(@TempDir Path out)
      throws IOException {
    String undocumented =
        "/** A documented type. */\npublic class Sample {\n  public int answer(int x) {\n"
            + "    return x;\n  }\n}\n";
    String documented =
        "/** A documented type. */\npublic class Sample {\n  /** Creates it. */\n"
            + "  public Sample() {}\n\n  /**\n   * Answers.\n   *\n   * @param x what to answer\n"
            + "   * @return {@code x}\n   */\n  public int answer(int x) {\n    return x;\n  }\n}\n";

    assertThat(compiles(undocumented, out)).contains("no comment");
    assertThat(compiles(documented, out)).isEmpty();
  }

  /** Compiles one class as the build compiles main sources; returns what javac refused, or "". */
  private static String compiles(String source, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///Sample.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    StringWriter diagnostics = new StringWriter();
    boolean ok =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of("-Xdoclint:all/protected", "-Werror", "-d", out.toString()),
                null,
                List.of(file))
            .call();
    return ok ? "" : diagnostics.toString();
  }

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(Files.newInputStream(file));
    return document.getDocumentElement();
  }

  /** The compiler or surefire plugin as the root declares it in its plugin management. */
  private static Element plugin(Element root, String artifactId) {
    Element managed = child(child(child(root, "build"), "pluginManagement"), "plugins");
    for (Element plugin : children(managed, "plugin")) {
      if (artifactId.equals(text(plugin, "artifactId"))) {
        return plugin;
      }
    }
    throw new AssertionError(artifactId + " is not in the root's plugin management");
  }

  private static Element execution(Element plugin, String id) {
    for (Element execution : children(child(plugin, "executions"), "execution")) {
      if (id.equals(text(execution, "id"))) {
        return execution;
      }
    }
    throw new AssertionError("no execution " + id);
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }

  private static List<String> texts(Element parent, String name) {
    return children(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
  }
}
