// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.LinkedHashMap;
import java.util.Map;
import tw.civicdesk.platform.i18n.BilingualText;

/** A bilingual text as the JSON API writes it: by language tag, {@code zh-TW} and {@code en}. */
final class Texts {

  private Texts() {}

  static Map<String, String> of(BilingualText text) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("zh-TW", text.zh());
    map.put("en", text.en().isEmpty() ? text.zh() : text.en());
    return map;
  }
}
