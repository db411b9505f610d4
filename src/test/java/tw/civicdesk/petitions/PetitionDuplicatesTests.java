// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;

/**
 * Likely duplicates are flagged when a case is filed: the same category within the radius (50 m)
 * and window (14 days), or the same petitioner with similar text — and not farther away, later, of
 * another category, or by another petitioner.
 */
@IntegrationTest
class PetitionDuplicatesTests {

  /** 礁溪路五段 12 號前. */
  static final double LAT = 24.8271;

  static final double LON = 121.7705;

  /** About 1 m of latitude, in degrees. */
  static final double METRE = 1 / 111_320.0;

  @Autowired ApplicationContext context;
  @Autowired PetitionDuplicates duplicates;

  PetitionHandling h;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    h = new PetitionHandling(context, "DUPE");
  }

  CaseNumber report(String category, double metresNorth) {
    return h.file(
        CaseKind.FACILITY_REPORT,
        category,
        new Place("礁溪路五段", "礁溪鄉", null, LAT + metresNorth * METRE, LON, false),
        null,
        "路燈不亮",
        "路燈從上週起每晚都不亮。");
  }

  List<CaseNumber> others(CaseNumber n) {
    return duplicates.of(n).stream().map(PetitionDuplicates.Duplicate::other).toList();
  }

  @Test
  void aReportOfTheSameCategoryWithinTheRadiusIsFlaggedAndNoneFartherOrOfAnotherCategory() {
    CaseNumber first = report("street-light", 0);
    CaseNumber near = report("street-light", 30);
    CaseNumber far = report("street-light", 200);
    CaseNumber otherCategory = report("drain", 10);

    assertThat(others(near)).containsExactly(first);
    assertThat(duplicates.of(near).get(0).reason()).isEqualTo(PetitionDuplicates.Reason.PLACE);
    assertThat(duplicates.of(near).get(0).distance()).isBetween(29, 31);
    assertThat(others(first)).containsExactly(near);
    assertThat(others(far)).isEmpty();
    assertThat(others(otherCategory)).isEmpty();
    assertThat(duplicates.flagged(List.of(first, near, far, otherCategory)))
        .containsExactlyInAnyOrder(first, near);
  }

  @Test
  void aReportOutsideTheWindowIsNotFlagged() {
    CaseNumber old = report("pothole", 0);
    h.jdbc
        .sql(
            "update petition_case set filed_at = filed_at - interval '15 days' where case_number = ?")
        .param(old.value())
        .update();

    CaseNumber now = report("pothole", 5);

    assertThat(others(now)).isEmpty();
  }

  @Test
  void theSamePetitionerWithSimilarTextIsFlaggedButNotWithOtherTextOrAnotherPetitioner() {
    String email = PetitionHandling.address();
    CaseNumber first = h.petition(email, Locale.TAIWAN);
    CaseNumber again =
        h.file(
            CaseKind.PETITION,
            "roads",
            Place.none(),
            PetitionHandling.named(email.toUpperCase(Locale.ROOT), Locale.TAIWAN),
            "路面坑洞",
            "中正路口有一個很深的坑洞，機車經過很危險，請盡快修補！");
    CaseNumber otherText =
        h.file(
            CaseKind.PETITION,
            "noise",
            Place.none(),
            PetitionHandling.named(email, Locale.TAIWAN),
            "夜間施工",
            "每晚十一點後隔壁工地仍在施工，吵得無法入睡。");
    CaseNumber otherPetitioner = h.petition(PetitionHandling.address(), Locale.TAIWAN);

    assertThat(others(again)).containsExactly(first);
    assertThat(duplicates.of(again).get(0).reason())
        .isEqualTo(PetitionDuplicates.Reason.PETITIONER);
    assertThat(others(otherText)).isEmpty();
    assertThat(others(otherPetitioner)).isEmpty();
  }
}
