// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
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
   * Writes the diagrams under {@code docs/modules}; relations are put in a stable order (the
   * Documenter's varies between runs), so that a run leaves the committed files unchanged.
   */
  @Test
  void theModuleDiagramIsWrittenUnderDocs() throws IOException {
    Path folder = Path.of("docs", "modules");
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        Files.write(file, withSortedRelations(Files.readAllLines(file)));
      }
    }
    assertThat(Files.readString(folder.resolve("components.puml"))).contains("Catalogue");
  }

  private static List<String> withSortedRelations(List<String> lines) {
    List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
    Iterator<String> next = relations.iterator();
    return lines.stream().map(l -> l.startsWith("Rel(") ? next.next() : l).toList();
  }
}
