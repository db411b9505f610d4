// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(CivicDeskApplication.class);

  @Test
  void modulesKeepTheirBoundaries() {
    modules.verify();
  }

  @Test
  void everyCapabilityOfThisIssueIsItsOwnModule() {
    assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("calendar", "organisation", "identity", "site", "platform");
  }

  /**
   * Performance is six rooms, each a nested module, that name each other only through their
   * published named interface {@code api}: a room that reaches into another's other types fails
   * {@link #modulesKeepTheirBoundaries()}, and so would one that named a whole room.
   */
  @Test
  void performanceIsSixRoomsThatMeetOnlyThroughTheirPublishedApi() {
    ApplicationModule performance = modules.getModuleByName("performance").orElseThrow();
    List<ApplicationModule> rooms = List.copyOf(modules.getNestedModules(performance));
    assertThat(rooms)
        .extracting(m -> m.getIdentifier().toString())
        .containsExactlyInAnyOrder(
            "performance.frameworks",
            "performance.plans",
            "performance.monitoring",
            "performance.indicators",
            "performance.evaluation",
            "performance.reports");
    for (ApplicationModule room : rooms) {
      room.getAllowedDependencies(modules).stream()
          .filter(d -> rooms.contains(d.getTargetModule()))
          .forEach(
              d ->
                  assertThat(
                          Optional.ofNullable(d.getTargetNamedInterface())
                              .map(NamedInterface::getName))
                      .as("%s may use %s", room.getIdentifier(), d)
                      .contains("api"));
    }
  }

  /**
   * Writes the diagrams under {@code docs/modules}; components and relations are put in a stable
   * order (the Documenter's varies between runs), so that a run leaves the committed files
   * unchanged.
   */
  @Test
  void theModuleDiagramIsWrittenUnderDocs() throws IOException {
    Path folder = Path.of("docs", "modules");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        Files.write(file, withSortedBlocks(Files.readAllLines(file)));
      }
    }
    assertThat(Files.readString(folder.resolve("components.puml"))).contains("Catalogue");
  }

  /** Sorts each run of consecutive {@code Component(} or {@code Rel(} lines, in place. */
  private static List<String> withSortedBlocks(List<String> lines) {
    List<String> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String kind = kind(lines.get(i));
      int end = i + 1;
      while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
        end++;
      }
      List<String> block = new java.util.ArrayList<>(lines.subList(i, end));
      if (kind != null) {
        block.sort(null);
      }
      out.addAll(block);
      i = end;
    }
    return out;
  }

  private static String kind(String line) {
    String trimmed = line.strip();
    return trimmed.startsWith("Component(")
        ? "Component"
        : trimmed.startsWith("Rel(") ? "Rel" : null;
  }
}
