// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Case work has one door: other modules use its facade ({@code CaseWork}), its command records, its
 * read views and its value types — never the aggregate, its stores or its helpers, which live in
 * {@code casework.internal}.
 */
class CaseworkBoundaryTests {

  /**
   * The most top-level casework types other modules may use (issue 17: from 34 to 15; issue 18 adds
   * one port, {@code CaseKindPages}, which the petitions module implements for the case page).
   */
  static final int MOST_PUBLISHED_TYPES_USED = 16;

  private static final String CASEWORK = "tw.civicdesk.casework";

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("tw.civicdesk");

  @Test
  void noOtherModuleReachesIntoCaseworksInternalsOrItsWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackage(CASEWORK + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(CASEWORK + ".internal..", CASEWORK + ".web..")
        .because("other modules go through CaseWork and its views (issue 17)")
        .check(classes);
  }

  @Test
  void otherModulesUseAtMostSixteenCaseworkTypes() {
    Set<String> used = usedFromOutside();
    assertThat(used)
        .as("top-level casework types used by other modules: %s", used)
        .hasSizeLessThanOrEqualTo(MOST_PUBLISHED_TYPES_USED);
  }

  /** The top-level types of casework's published package that other modules depend on. */
  Set<String> usedFromOutside() {
    Set<String> used = new TreeSet<>();
    for (JavaClass c : classes) {
      if (c.getPackageName().startsWith(CASEWORK)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        while (target.getEnclosingClass().isPresent()) {
          target = target.getEnclosingClass().get();
        }
        if (target.getPackageName().equals(CASEWORK)) {
          used.add(target.getSimpleName());
        }
      }
    }
    return used;
  }
}
