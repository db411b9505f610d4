// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The demo organisation's names, for tests outside this package (the PDF glyph check). */
public final class DemoNames {

  private DemoNames() {}

  /** Each demo agency's Chinese name by its code. */
  public static Map<String, String> agencyNamesZh() {
    Map<String, String> names = new LinkedHashMap<>();
    DemoOrganisation.agencies().forEach(a -> names.put(a.code(), a.zh()));
    return names;
  }

  /** Every name of every demo agency and unit, in both languages. */
  public static List<String> all() {
    return DemoOrganisation.agencies().stream()
        .flatMap(
            a ->
                Stream.concat(
                    Stream.of(a.zh(), a.en()),
                    a.units().stream().flatMap(u -> Stream.of(u.zh(), u.en()))))
        .toList();
  }
}
