// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The service dimensions every survey shares (DOMAIN.md §5), so that agencies compare like with
 * like; an agency adds its own in a questionnaire ({@link Questionnaire#ownDimensions()}).
 */
public enum StandardDimension {
  ENVIRONMENT(new BilingualText("洽公環境", "Office environment")),
  COURTESY(new BilingualText("服務禮儀", "Courtesy")),
  PROFESSIONALISM(new BilingualText("服務專業性", "Professionalism")),
  MEASURES(new BilingualText("服務措施", "Service measures")),
  /** 整體滿意度: the overall question; where a survey has one, the overall figure is its answers. */
  OVERALL(new BilingualText("整體滿意度", "Overall satisfaction"));

  private final BilingualText name;

  StandardDimension(BilingualText name) {
    this.name = name;
  }

  /** The dimension's name in both languages. */
  public BilingualText displayName() {
    return name;
  }

  /** The standard dimension with {@code code}, or {@code null} for an agency's own or none. */
  public static @Nullable StandardDimension of(@Nullable String code) {
    if (code == null) {
      return null;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.name().equals(upper)).findFirst().orElse(null);
  }
}
