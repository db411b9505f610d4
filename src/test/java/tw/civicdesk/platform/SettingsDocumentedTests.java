// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's settings table against the code (ADR 0035). The code's {@code civicdesk.*} settings
 * are those of the {@code @ConfigurationProperties} records — as Spring Boot's configuration
 * processor lists them, with their defaults, in {@code
 * target/classes/META-INF/spring-configuration-metadata.json} — plus any {@code ${civicdesk…}}
 * placeholder still in the code, plus what {@code application.properties} sets. The table names
 * every one of them and no other; its default column says what the code's default is, wherever the
 * code states one simply; and {@code application.properties} does not repeat a record's default,
 * which lives in the record alone.
 */
class SettingsDocumentedTests {

  private static final Path METADATA =
      Path.of("target/classes/META-INF/spring-configuration-metadata.json");
  private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(civicdesk\\.[a-z0-9.\\-]+)");
  private static final Pattern DEFAULTED =
      Pattern.compile("\\$\\{(civicdesk\\.[a-z0-9.\\-]+):([^}\"$]*)}");
  private static final Pattern ROW =
      Pattern.compile("^\\| (`civicdesk\\.[^|]*?) \\| [^|]*? \\| ([^|]*?) \\|", Pattern.MULTILINE);
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");

  /**
   * The records' settings and their defaults, from the configuration processor's metadata (a
   * property two records read is listed twice, once with each record's default).
   */
  static Map<String, Set<String>> inTheRecords() throws IOException {
    Map<String, Set<String>> settings = new TreeMap<>();
    JsonNode metadata = JsonMapper.builder().build().readTree(METADATA.toFile());
    for (JsonNode property : metadata.get("properties")) {
      String name = property.get("name").asString();
      if (name.startsWith("civicdesk.")) {
        JsonNode value = property.get("defaultValue");
        Set<String> defaults = settings.computeIfAbsent(name, n -> new TreeSet<>());
        if (value != null) {
          defaults.add(value.asString());
        }
      }
    }
    return settings;
  }

  /** The settings still read through placeholders, each with the defaults written inline. */
  static Map<String, Set<String>> inPlaceholders() throws IOException {
    Map<String, Set<String>> settings = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher name = PLACEHOLDER.matcher(source);
        while (name.find()) {
          settings.computeIfAbsent(name.group(1), n -> new TreeSet<>());
        }
        Matcher defaulted = DEFAULTED.matcher(source);
        while (defaulted.find()) {
          settings.get(defaulted.group(1)).add(defaulted.group(2));
        }
      }
    }
    return settings;
  }

  /** The {@code civicdesk.*} lines of {@code application.properties}, as written. */
  static Map<String, String> inApplicationProperties() throws IOException {
    Map<String, String> settings = new TreeMap<>();
    for (String line : Files.readAllLines(PROPERTIES, StandardCharsets.UTF_8)) {
      if (line.startsWith("civicdesk.")) {
        int eq = line.indexOf('=');
        settings.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return settings;
  }

  /** Every setting the code reads or sets, with the defaults it states (empty: none stated). */
  static Map<String, Set<String>> inTheCode() throws IOException {
    Map<String, Set<String>> settings = new TreeMap<>();
    inTheRecords()
        .forEach(
            (name, values) -> settings.computeIfAbsent(name, n -> new TreeSet<>()).addAll(values));
    inPlaceholders()
        .forEach(
            (name, values) -> settings.computeIfAbsent(name, n -> new TreeSet<>()).addAll(values));
    inApplicationProperties()
        .forEach(
            (name, value) -> {
              Matcher alias = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}").matcher(value);
              settings.put(name, new TreeSet<>(Set.of(alias.matches() ? alias.group(1) : value)));
            });
    return settings;
  }

  /**
   * The rows of the README's settings table: each setting with the default the table gives, or
   * {@code null} where it gives none simply ({@code empty…} is the empty string, else the first
   * {@code `code`}). A row {@code `civicdesk.a.b` / `.c`} names {@code civicdesk.a.b} and {@code
   * civicdesk.a.c}; its defaults, {@code `x` / `y`}, go with them in order.
   */
  static Map<String, String> inTheReadme() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    while (row.find()) {
      List<String> names = new ArrayList<>();
      for (String cell : row.group(1).split(" / ")) {
        String name = cell.strip().replace("`", "");
        names.add(
            name.startsWith(".")
                ? names.get(0).substring(0, names.get(0).lastIndexOf('.')) + name
                : name);
      }
      String[] defaults = row.group(2).split(" / ");
      for (int i = 0; i < names.size(); i++) {
        String cell = defaults[defaults.length == names.size() ? i : 0].strip();
        Matcher code = CODE.matcher(cell);
        rows.put(
            names.get(i),
            cell.startsWith("empty")
                ? ""
                : cell.startsWith("`") && code.find() ? code.group(1) : null);
      }
    }
    return rows;
  }

  @Test
  void theReadmesSettingsTableNamesEverySettingTheCodeReadsAndNoOther() throws IOException {
    assertThat(inTheRecords()).as("settings of the records").hasSizeGreaterThan(30);
    Set<String> code = inTheCode().keySet();
    assertThat(code).hasSizeGreaterThan(40);
    assertThat(inTheReadme().keySet()).containsExactlyInAnyOrderElementsOf(code);
  }

  @Test
  void theReadmesDefaultsAreTheCodes() throws IOException {
    Map<String, Set<String>> code = inTheCode();
    Map<String, String> checked = new TreeMap<>();
    inTheReadme()
        .forEach(
            (name, readme) -> {
              Set<String> stated = code.getOrDefault(name, Set.of());
              if (readme != null && !stated.isEmpty()) {
                assertThat(stated)
                    .as("the default of %s in the code and the README", name)
                    .containsOnly(readme);
                checked.put(name, readme);
              }
            });
    assertThat(checked.keySet())
        .as("settings whose default was compared")
        .containsAll(inTheRecords().keySet());
  }

  @Test
  void applicationPropertiesDoesNotRepeatARecordsDefault() throws IOException {
    Map<String, Set<String>> records = inTheRecords();
    inApplicationProperties()
        .forEach(
            (name, value) ->
                assertThat(records.getOrDefault(name, Set.of()))
                    .as("%s in application.properties: its default is the record's", name)
                    .doesNotContain(value));
  }
}
