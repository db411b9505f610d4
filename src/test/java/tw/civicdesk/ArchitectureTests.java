// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.civicdesk.platform.error.DomainException;

/** House rules of the code base (STYLE.md), checked on the production classes. */
class ArchitectureTests {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("tw.civicdesk");

  @Test
  void everyModuleDeclaresItsTypesNonNullUnlessMarkedNullable() throws Exception {
    List<String> unmarked = new ArrayList<>();
    try (var modules = Files.list(Path.of("src/main/java/tw/civicdesk"))) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        String name = "tw.civicdesk." + module.getFileName();
        Class<?> info = Class.forName(name + ".package-info");
        if (!info.isAnnotationPresent(org.jspecify.annotations.NullMarked.class)) {
          unmarked.add(name);
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(unmarked)
        .as("modules without @NullMarked")
        .isEmpty();
  }

  @Test
  void timeComesFromTheInjectedClock() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(java.lang.System.class, "currentTimeMillis")
        .because("every 'now' comes from the injected java.time.Clock")
        .check(classes);
  }

  @Test
  void nobodyUsesTheOldDateTypes() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Date")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Calendar")
        .check(classes);
  }

  @Test
  void dependenciesAreInjectedThroughConstructors() {
    noFields().should().beAnnotatedWith(Autowired.class).check(classes);
  }

  @Test
  void domainCodeNeverReachesIntoTheWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackages("tw.civicdesk..web..", "tw.civicdesk.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("tw.civicdesk..web..")
        .check(classes);
  }

  @Test
  void codeThrowsSpecificExceptionsNotVanillaRuntimeException() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(DomainException.class.getName())
        .should()
        .callConstructor(RuntimeException.class)
        .orShould()
        .callConstructor(RuntimeException.class, String.class)
        .orShould()
        .callConstructor(RuntimeException.class, String.class, Throwable.class)
        .check(classes);
  }

  @Test
  void onlyTheDatabaseSetUpReachesTheOwnersConnections() {
    noClasses()
        .that()
        .resideOutsideOfPackage("tw.civicdesk.platform.db..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.flywaydb..", "io.zonky.test.db..")
        .because(
            "the application works as its own database role; the owner's connections"
                + " (Flyway's, the embedded server's superuser) are for migrations only (ADR 0030)")
        .check(classes);
  }
}
