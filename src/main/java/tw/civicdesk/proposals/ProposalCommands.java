// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.proposals.ProposalViews.MeetingKind;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;

/** What the proposal doors are asked to do, as the forms and the API send it (text unchecked). */
public final class ProposalCommands {

  private ProposalCommands() {}

  /**
   * A new proposal. Numbers arrive as text so that each problem is told beside its field.
   *
   * @param unitId the proposing unit (staff), ignored for a citizen
   * @param meetingId the meeting it came from, if any
   * @param services codes of published services of the agency, one per line
   */
  public record Submit(
      AgencyCode agency,
      @Nullable Long unitId,
      @Nullable Long meetingId,
      @Nullable String titleZh,
      @Nullable String titleEn,
      @Nullable String problem,
      @Nullable String idea,
      @Nullable String benefit,
      @Nullable String hoursSaved,
      @Nullable String moneySaved,
      @Nullable String documentsSaved,
      List<String> services) {}

  /** A citizen's name and contact, both optional; staff alone see them. */
  public record Citizen(@Nullable String name, @Nullable String contact) {}

  /** A file to attach: its name as sent and its bytes. */
  public record Upload(@Nullable String fileName, byte[] content) {}

  /** A decision with its reasons (required). */
  public record Decide(ProposalStatus decision, @Nullable String reasons) {}

  /** One milestone of an assignment. */
  public record MilestoneInput(@Nullable String title, @Nullable LocalDate dueOn) {}

  /**
   * The implementing unit and the milestones (the old ones are replaced while none has progress).
   */
  public record Assign(@Nullable Long unitId, List<MilestoneInput> milestones) {}

  /** Progress on one milestone. */
  public record Progress(
      long milestoneId, @Nullable MilestoneStatus status, int percent, @Nullable String note) {}

  /** Points (0–100) by criterion id. */
  public record Score(Map<Long, Integer> points) {}

  /** A meeting to record; decisions one per line. */
  public record SaveMeeting(
      AgencyCode agency,
      @Nullable LocalDate heldOn,
      @Nullable MeetingKind kind,
      @Nullable String title,
      @Nullable String chair,
      List<String> decisions) {}

  /** One criterion as the criteria form sends it. */
  public record CriterionInput(@Nullable String nameZh, @Nullable String nameEn, int weight) {}
}
