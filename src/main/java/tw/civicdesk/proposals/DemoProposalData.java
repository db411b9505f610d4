// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo proposals of 東區衛生所, 鳳山第一戶政 and 鹽水區公所 (seeds: 創新服務提案情形及採行率, 提案制度, 區務會議與里幹事會議), one list
 * per agency. Internal to {@link DemoProposals}.
 */
final class DemoProposalData {

  private DemoProposalData() {}

  /** Where a demo proposal ends up. */
  enum End {
    SUBMITTED,
    UNDER_REVIEW,
    NOT_ADOPTED,
    ADOPTED_PLANNED,
    ADOPTED_UNDER_WAY,
    IN_PART_UNDER_WAY,
    IMPLEMENTED
  }

  /**
   * One demo proposal.
   *
   * @param meeting {@code D1} for the first month's 區務會議, {@code V2} for the second month's 里幹事會議,
   *     and so on; {@code null} when it came from no meeting
   */
  record Demo(
      String unit,
      String title,
      String titleEn,
      String problem,
      String idea,
      String benefit,
      String hours,
      String money,
      String documents,
      End end,
      boolean published,
      @Nullable String meeting) {}

  /** The demo agencies: account prefix, agency code, whether citizens may propose. */
  record Agency(String prefix, String code, boolean citizensOpen, List<Demo> proposals) {}

  /** Where the demo proposals are, one a line (| between fields, # for a comment). */
  static final String FILE = "demo/proposals/proposals.txt";

  static List<Agency> agencies() {
    Map<String, List<Demo>> by = new LinkedHashMap<>();
    for (String line : lines()) {
      String[] f = line.split("\\|", -1);
      by.computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(
              new Demo(
                  f[1],
                  f[2],
                  f[3],
                  f[4],
                  f[5],
                  f[6],
                  f[7],
                  f[8],
                  f[9],
                  End.valueOf(f[10]),
                  Boolean.parseBoolean(f[11]),
                  f[12].isEmpty() ? null : f[12]));
    }
    return List.of(
        new Agency(
            "easthealth", "HC-EAST-HEALTH", true, by.getOrDefault("HC-EAST-HEALTH", List.of())),
        new Agency(
            "fengshan", "KH-FENGSHAN-HR1", false, by.getOrDefault("KH-FENGSHAN-HR1", List.of())),
        new Agency("yanshui", "TN-YANSHUI", false, by.getOrDefault("TN-YANSHUI", List.of())));
  }

  private static List<String> lines() {
    try (var in = new ClassPathResource(FILE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
