// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The variant forms that mean the same in Traditional Chinese and are folded to one before
 * matching, in documents and queries alike (ADR 0049). Kept small on purpose: each pair is a
 * spelling citizens and staff both use for one word, never two words.
 *
 * <table>
 *   <caption>Folded variants</caption>
 *   <tr><th>written</th><th>matched as</th></tr>
 *   <tr><td>台</td><td>臺</td></tr>
 *   <tr><td>身份</td><td>身分</td></tr>
 *   <tr><td>裏</td><td>裡</td></tr>
 *   <tr><td>着</td><td>著</td></tr>
 *   <tr><td>綫</td><td>線</td></tr>
 *   <tr><td>羣</td><td>群</td></tr>
 *   <tr><td>峯</td><td>峰</td></tr>
 *   <tr><td>麪</td><td>麵</td></tr>
 *   <tr><td>祕</td><td>秘</td></tr>
 *   <tr><td>户</td><td>戶</td></tr>
 *   <tr><td>眞</td><td>真</td></tr>
 * </table>
 */
final class VariantFolding {

  /** The table above; the analysis version changes whenever it does. */
  static final Map<String, String> TABLE =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("台", "臺"),
              Map.entry("身份", "身分"),
              Map.entry("裏", "裡"),
              Map.entry("着", "著"),
              Map.entry("綫", "線"),
              Map.entry("羣", "群"),
              Map.entry("峯", "峰"),
              Map.entry("麪", "麵"),
              Map.entry("祕", "秘"),
              Map.entry("户", "戶"),
              Map.entry("眞", "真")));

  static final NormalizeCharMap MAP = build();

  private VariantFolding() {}

  private static NormalizeCharMap build() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    TABLE.forEach(builder::add);
    return builder.build();
  }

  /** {@code text} with every variant of the table replaced (for plain-string comparisons). */
  static String fold(String text) {
    String folded = text;
    for (Map.Entry<String, String> e : TABLE.entrySet()) {
      folded = folded.replace(e.getKey(), e.getValue());
    }
    return folded;
  }
}
