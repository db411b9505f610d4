// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * What the proposals module shows: staff views and the public ones, which hold nothing internal.
 */
public final class ProposalViews {

  private ProposalViews() {}

  /** Where a proposal came from. */
  public enum Origin {
    /** A staff member proposed it in the console. */
    STAFF,
    /** A citizen proposed it through the agency's public form. */
    CITIZEN
  }

  /** A meeting's kind. */
  public enum MeetingKind {
    /** 區務會議. */
    DISTRICT_AFFAIRS,
    /** 處務會議. */
    DEPARTMENT_AFFAIRS,
    /** 里幹事會議. */
    VILLAGE_STAFF,
    /** 其他會議. */
    OTHER
  }

  /** A milestone's state as the unit reports it. */
  public enum MilestoneStatus {
    /** 未開始. */
    PLANNED,
    /** 進行中. */
    IN_PROGRESS,
    /** 已完成. */
    DONE,
    /** 落後. */
    DELAYED
  }

  /** The expected benefit: hours, NT$ and documents saved a year, and a text. */
  public record Benefit(BigDecimal hours, long money, int documents, String text) {}

  /** A criterion of the agency's panel: name and weight. */
  public record Criterion(long id, BilingualText name, int weight, int position) {}

  /** A meeting that generated proposals; {@code chair} names a unit or role, not a person. */
  public record Meeting(
      long id,
      AgencyCode agency,
      LocalDate heldOn,
      MeetingKind kind,
      String title,
      String chair,
      List<String> decisions) {}

  /** One milestone of an adopted proposal. */
  public record Milestone(
      long id,
      int position,
      String title,
      LocalDate dueOn,
      MilestoneStatus status,
      int percent,
      String note,
      Instant updatedAt) {}

  /** One panel member's review: points (0–100) by criterion id and the weighted total. */
  public record Review(String username, Map<Long, Integer> scores, BigDecimal total) {}

  /** An attachment's description (the content is read separately). */
  public record Attachment(long id, String fileName, String contentType, long size) {}

  /**
   * A proposal as staff of its agency see it.
   *
   * @param unitId the proposing unit, {@code null} for a citizen's proposal
   * @param submittedBy the staff member's username, {@code null} for a citizen
   * @param citizenName the citizen's name as given (may be blank); never shown publicly
   * @param citizenContact the citizen's e-mail or phone as given (may be blank); never public
   * @param decision the decision taken, {@code null} before one
   */
  public record Proposal(
      long id,
      ProposalNumber number,
      AgencyCode agency,
      Origin origin,
      @Nullable String submittedBy,
      @Nullable String citizenName,
      @Nullable String citizenContact,
      @Nullable Long unitId,
      @Nullable Long meetingId,
      BilingualText title,
      String problem,
      String idea,
      Benefit benefit,
      List<String> services,
      ProposalStatus status,
      @Nullable ProposalStatus decision,
      String reasons,
      @Nullable LocalDate decidedOn,
      @Nullable Long assignedUnitId,
      @Nullable LocalDate implementedOn,
      boolean published,
      LocalDate submittedOn,
      int version,
      Instant updatedAt) {}

  /** A proposal with everything its console page shows. */
  public record StaffProposal(
      Proposal proposal,
      List<Review> reviews,
      List<Milestone> milestones,
      List<Attachment> attachments,
      @Nullable Meeting meeting,
      int progress) {

    /** The mean of the panel's weighted totals, {@code null} before any review. */
    public @Nullable BigDecimal meanScore() {
      if (reviews.isEmpty()) {
        return null;
      }
      BigDecimal sum = reviews.stream().map(Review::total).reduce(BigDecimal.ZERO, BigDecimal::add);
      return sum.divide(BigDecimal.valueOf(reviews.size()), 1, java.math.RoundingMode.HALF_UP);
    }
  }

  /**
   * A published proposal as the public sees it: no panel score, no staff name, no citizen name or
   * contact, no reasons of the decision.
   *
   * @param unit the implementing unit's name, {@code null} before the assignment
   * @param meeting the meeting's kind, date and title (its chair is a unit or role)
   * @param progress 0–100: 100 once implemented, else the mean of the milestones' % done
   */
  public record PublicProposal(
      ProposalNumber number,
      AgencyCode agency,
      BilingualText title,
      String problem,
      String idea,
      Benefit benefit,
      ProposalStatus status,
      @Nullable LocalDate decidedOn,
      @Nullable Long unitId,
      @Nullable BilingualText unit,
      @Nullable Meeting meeting,
      List<Milestone> milestones,
      int progress,
      @Nullable LocalDate implementedOn,
      LocalDate lastUpdate) {}

  /**
   * The figures of one unit (or of citizens, {@code unitId} null) in one year.
   *
   * @param submitted proposals submitted in the year
   * @param decided proposals decided in the year
   * @param adopted of those decided, adopted wholly or in part
   * @param implemented of those adopted, implemented
   * @param hours hours saved a year claimed by the proposals submitted
   * @param money NT$ saved a year claimed
   * @param documents documents saved a year claimed
   */
  public record FigureRow(
      @Nullable Long unitId,
      long submitted,
      long decided,
      long adopted,
      long implemented,
      BigDecimal hours,
      long money,
      long documents) {

    /** Adopted ÷ decided in %, one decimal; {@code null} with nothing decided. */
    public @Nullable BigDecimal adoptionRate() {
      return tw.civicdesk.performance.Percent.of(adopted, decided).orElse(null);
    }

    /** Implemented ÷ adopted in %, one decimal; {@code null} with nothing adopted. */
    public @Nullable BigDecimal implementedShare() {
      return tw.civicdesk.performance.Percent.of(implemented, adopted).orElse(null);
    }
  }
}
