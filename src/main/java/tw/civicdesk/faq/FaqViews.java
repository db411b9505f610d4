// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/** What {@link Faq} and {@link FaqFeedback} answer with. */
public final class FaqViews {

  private FaqViews() {}

  /** A category of an agency's FAQ. */
  public record Category(
      long id, AgencyCode agency, String code, BilingualText name, int position) {}

  /**
   * The public part of an entry: what {@code /faq/{code}} shows and the search indexes.
   *
   * @param answer sanitized HTML in both languages (safe to insert as HTML)
   * @param services codes of the related services of the same agency
   * @param reviewedOn the day staff last saved or published it
   */
  public record Entry(
      FaqCode code,
      AgencyCode agency,
      Category category,
      BilingualText question,
      BilingualText answer,
      List<String> services,
      @Nullable LocalDate reviewedOn) {}

  /** One SOP step; {@code en} may be blank. */
  public record Step(String zh, String en) {

    /** The step in the reader's language, Chinese when there is no English. */
    public String in(java.util.Locale locale) {
      return tw.civicdesk.platform.i18n.Languages.isEnglish(locale) && !en.isBlank() ? en : zh;
    }
  }

  /**
   * An entry as staff read it: the public part and what only staff see.
   *
   * @param notesZh internal notes, possibly blank; never public
   * @param sop the SOP steps; never public
   * @param version the optimistic-lock version an edit starts from
   */
  public record StaffEntry(
      Entry entry,
      FaqStatus status,
      long unitId,
      String notesZh,
      String notesEn,
      List<Step> sop,
      LocalDate reviewOn,
      Instant updatedAt,
      String updatedBy,
      int version) {

    /** Whether the review date has passed on {@code today} (an archived entry never is). */
    public boolean reviewOverdue(LocalDate today) {
      return status != FaqStatus.ARCHIVED && reviewOn.isBefore(today);
    }

    /** The notes in the reader's language, Chinese when there is no English. */
    public String notes(java.util.Locale locale) {
      return tw.civicdesk.platform.i18n.Languages.isEnglish(locale) && !notesEn.isBlank()
          ? notesEn
          : notesZh;
    }
  }

  /** The votes of one month. */
  public record Month(YearMonth month, long helpful, long unhelpful) {}

  /**
   * An entry with "no, it did not help" votes, for the quality officer.
   *
   * @param views page views in the span
   * @param months the votes month by month, oldest first
   */
  public record Unhelpful(
      FaqCode code,
      BilingualText question,
      FaqStatus status,
      long helpful,
      long unhelpful,
      long views,
      List<Month> months) {

    /** The unhelpful share of the votes in per cent, 0 to 100, rounded to a whole number. */
    public long unhelpfulPercent() {
      long votes = helpful + unhelpful;
      return votes == 0 ? 0 : Math.round(100.0 * unhelpful / votes);
    }
  }
}
