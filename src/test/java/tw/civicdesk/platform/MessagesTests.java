// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, and templates take every visible text from them. */
class MessagesTests {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");
  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");
  private static final List<String> VISIBLE_ATTRIBUTES =
      List.of("title", "alt", "aria-label", "placeholder", "value", "content");
  private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

  @Test
  void chineseAndEnglishBundlesHaveExactlyTheSameKeys() throws IOException {
    for (String basename : basenames()) {
      Properties zh = load(basename + "_zh_TW.properties");
      Properties en = load(basename + "_en.properties");
      assertThat(zh).as(basename).isNotEmpty();
      assertThat(new TreeSet<>(zh.stringPropertyNames()))
          .as(basename)
          .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }
  }

  @Test
  void noKeyIsDefinedInTwoBundles() throws IOException {
    Set<String> seen = new java.util.HashSet<>();
    for (String basename : basenames()) {
      for (String key : load(basename + "_zh_TW.properties").stringPropertyNames()) {
        assertThat(seen.add(key)).as(key + " defined twice (" + basename + ")").isTrue();
      }
    }
  }

  /**
   * Spring formats a message without arguments as it stands, so an apostrophe doubled for
   * MessageFormat shows twice on the page ("agency''s"); only a message with arguments doubles it.
   */
  @Test
  void aMessageWithoutArgumentsDoesNotDoubleItsApostrophes() throws IOException {
    List<String> doubled = new ArrayList<>();
    for (String basename : basenames()) {
      for (String bundle : List.of(basename + "_zh_TW.properties", basename + "_en.properties")) {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
          String text = messages.getProperty(key);
          if (text.contains("''") && !text.contains("{")) {
            doubled.add(bundle + " " + key);
          }
        }
      }
    }
    assertThat(doubled).isEmpty();
  }

  @Test
  void noMessageIsBlankInEitherLanguage() throws IOException {
    for (String basename : basenames()) {
      for (String bundle : List.of(basename + "_zh_TW.properties", basename + "_en.properties")) {
        Properties messages = load(bundle);
        assertThat(messages.stringPropertyNames())
            .as(bundle)
            .allMatch(key -> !messages.getProperty(key).isBlank());
      }
    }
  }

  /** The bundles Spring reads, from {@code spring.messages.basename}. */
  static List<String> basenames() throws IOException {
    Properties application = load("application.properties");
    return List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
  }

  /** Every message in Chinese, from all bundles. */
  static Properties allChinese() throws IOException {
    Properties all = new Properties();
    for (String basename : basenames()) {
      all.putAll(load(basename + "_zh_TW.properties"));
    }
    return all;
  }

  @Test
  void templatesHoldNoLiteralVisibleText() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path template : templates()) {
      Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
      for (Element element : doc.getAllElements()) {
        checkText(template, element, offences);
        checkAttributes(template, element, offences);
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void everyLiteralMessageKeyInTemplatesExists() throws IOException {
    Properties zh = allChinese();
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      Matcher m = LITERAL_KEY.matcher(Files.readString(template));
      while (m.find()) {
        if (!zh.containsKey(m.group(1))) {
          missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theLiteralTextCheckCatchesAnUntranslatedHeading() {
    Document doc =
        Jsoup.parse(
            "<section><h1>Hello</h1><p th:text=\"#{a}\">x</p></section>", "", Parser.xmlParser());
    List<String> offences = new ArrayList<>();
    doc.getAllElements().forEach(e -> checkText(Path.of("probe.html"), e, offences));
    assertThat(offences).containsExactly("probe.html: <h1> Hello");
  }

  private static void checkText(Path template, Element element, List<String> offences) {
    for (TextNode text : element.textNodes()) {
      String value = text.text().strip();
      if (hasLetter(value) && !replaced(element)) {
        offences.add(name(template) + ": <" + element.tagName() + "> " + value);
      }
    }
  }

  private static void checkAttributes(Path template, Element element, List<String> offences) {
    for (String attribute : VISIBLE_ATTRIBUTES) {
      String value = element.attr(attribute);
      boolean meta = element.tagName().equals("meta") && attribute.equals("content");
      boolean input = element.tagName().equals("input") && attribute.equals("value");
      if (hasLetter(value) && !meta && !input) {
        offences.add(name(template) + ": @" + attribute + "=" + value);
      }
    }
  }

  private static boolean replaced(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.attributes().asList().stream().anyMatch(a -> REPLACING.contains(a.getKey()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String value) {
    return value.codePoints().anyMatch(Character::isLetter);
  }

  private static String name(Path template) {
    return template.startsWith(TEMPLATES)
        ? TEMPLATES.relativize(template).toString()
        : template.toString();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
