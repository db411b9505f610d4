// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.performance.frameworks.Frameworks;

/**
 * A scoring framework's name in the reader's language, for templates ({@code
 * ${@frameworkNames.of(code, #locale)}}), so that a page shows 政府服務品質獎（第一線服務機關） rather than {@code
 * SQA-FRONTLINE}; the code only when no framework has it.
 */
@Component("frameworkNames")
public final class FrameworkNames {

  private final Frameworks frameworks;

  FrameworkNames(Frameworks frameworks) {
    this.frameworks = frameworks;
  }

  /** The name of framework {@code code} in {@code locale}; empty for no code. */
  public String of(@Nullable String code, Locale locale) {
    if (code == null) {
      return "";
    }
    return frameworks.find(code).map(f -> f.name().in(locale)).orElse(code);
  }
}
