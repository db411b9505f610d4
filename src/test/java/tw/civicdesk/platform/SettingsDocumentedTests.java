// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The README's settings table names every {@code civicdesk.*} setting the code reads (through a
 * placeholder or a {@code @ConfigurationProperties} record) or {@code application.properties}
 * sets, and nothing else: a new setting cannot land undocumented,
 * and a removed one cannot stay in the table.
 */
class SettingsDocumentedTests {

  private static final Pattern READ = Pattern.compile("\\$\\{(civicdesk\\.[a-z0-9.\\-]+)");
  private static final Pattern ROW = Pattern.compile(
      "^\\| `(civicdesk\\.[a-z0-9.\\-]+)`(?: / `(\\.[a-z0-9.\\-]+)`)?", Pattern.MULTILINE);

  static Set<String> inTheCode() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = READ.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    names.addAll(inTheRecords());
    for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"),
        StandardCharsets.UTF_8)) {
      if (line.startsWith("civicdesk.")) {
        names.add(line.substring(0, line.indexOf('=')).strip());
      }
    }
    return names;
  }

  /** The settings of the {@code @ConfigurationProperties} records, component by component. */
  static Set<String> inTheRecords() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    Set<String> names = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("tw.civicdesk")) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      if (type.isRecord()) {
        collect(AnnotatedElementUtils.findMergedAnnotation(type, ConfigurationProperties.class)
            .prefix(), type, names);
      }
    }
    return names;
  }

  private static void collect(String prefix, Class<?> record, Set<String> names) {
    for (RecordComponent component : record.getRecordComponents()) {
      String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1")
          .toLowerCase(Locale.ROOT);
      if (component.getType().isRecord()) {
        collect(name, component.getType(), names);
      } else {
        names.add(name);
      }
    }
  }

  static Set<String> inTheReadme() throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher m = ROW.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    while (m.find()) {
      names.add(m.group(1));
      if (m.group(2) != null) {
        names.add(m.group(1).substring(0, m.group(1).lastIndexOf('.')) + m.group(2));
      }
    }
    return names;
  }

  @Test
  void theReadmesSettingsTableNamesEverySettingTheCodeReadsAndNoOther() throws IOException {
    Set<String> code = inTheCode();
    assertThat(code).hasSizeGreaterThan(40);
    assertThat(inTheReadme()).isEqualTo(code);
  }
}
