// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The commands of {@link Faq}, one per use case. Their texts are raw as typed: {@link Faq} checks
 * each (the text check of ADR 0027, lengths, formats) and reports every problem at once under the
 * field names used here.
 */
public final class FaqCommands {

  private FaqCommands() {}

  /** Longest question, in characters. */
  public static final int MAX_QUESTION = 300;

  /** Longest answer, in characters of its HTML. */
  public static final int MAX_ANSWER = 20_000;

  /** Longest internal note, in characters. */
  public static final int MAX_NOTES = 5_000;

  /** Longest SOP step, in characters. */
  public static final int MAX_STEP = 500;

  /** Most SOP steps and most related services of one entry. */
  public static final int MAX_ITEMS = 20;

  /**
   * An entry as the editor wrote it: for {@link Faq#create} and {@link Faq#update}.
   *
   * @param agency the agency the entry belongs to (fixed once created)
   * @param code the entry's code ({@link FaqCode}); ignored by {@link Faq#update}
   * @param category the code of one of the agency's categories
   * @param unitId the owning unit, one of the agency's; told when the review date passes
   * @param answerZh the answer as HTML (sanitized on save, ADR 0052) or as plain text, whose blank
   *     lines start paragraphs
   * @param services codes of the agency's published services the answer relates to
   * @param sopZh the SOP steps in Chinese, one per item; {@code sopEn} gives their English, by
   *     position
   * @param reviewOn the day by which the answer is to be checked again
   */
  public record Save(
      AgencyCode agency,
      String code,
      String category,
      @Nullable Long unitId,
      String questionZh,
      String questionEn,
      String answerZh,
      String answerEn,
      List<String> services,
      String notesZh,
      String notesEn,
      List<String> sopZh,
      List<String> sopEn,
      @Nullable LocalDate reviewOn) {

    public Save {
      services = List.copyOf(services);
      sopZh = List.copyOf(sopZh);
      sopEn = List.copyOf(sopEn);
    }

    /** The same entry for {@code agency}, its code left blank (an edit keeps the entry's own). */
    public Save forAgency(AgencyCode agency) {
      return with(agency, "", reviewOn);
    }

    /** The same entry with another review day. */
    public Save reviewedBy(@Nullable LocalDate day) {
      return with(agency, code, day);
    }

    private Save with(AgencyCode agency, String code, @Nullable LocalDate reviewOn) {
      return new Save(
          agency,
          code,
          category,
          unitId,
          questionZh,
          questionEn,
          answerZh,
          answerEn,
          services,
          notesZh,
          notesEn,
          sopZh,
          sopEn,
          reviewOn);
    }
  }

  /**
   * A category of an agency's FAQ, new or changed (found by agency and code).
   *
   * @param position where it is listed, smaller first
   */
  public record SaveCategory(
      AgencyCode agency, String code, String nameZh, String nameEn, int position) {}
}
