// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What other modules read of cases, through {@link CaseWork}: each record holds what one kind of
 * reader needs and nothing more, never the aggregate. None holds the applicant's personal data but
 * {@link NoticeContact} (for notification alone) and the masked name of {@link PublicCase}.
 */
public final class CaseViews {

  private CaseViews() {}

  /**
   * A case as the holder of its receipt may see it on the tracking page: no internal note, no staff
   * username, the applicant's name masked (王○明).
   *
   * @param service the catalogue service, {@code null} for kinds other than applications
   * @param decision the outcome once decided, else {@code null}
   * @param dueDate {@code null} while a supplement is awaited or once final
   * @param maskedName the applicant's name masked for the public, {@code null} when none
   * @param steps every step, filing first, each with its public note only
   */
  public record PublicCase(
      CaseNumber number,
      CaseKind kind,
      @Nullable ServiceRef service,
      CaseStatus status,
      @Nullable Decision decision,
      @Nullable LocalDate dueDate,
      @Nullable String maskedName,
      List<PublicStep> steps) {
    public PublicCase {
      steps = List.copyOf(steps);
    }
  }

  /**
   * One step as the public sees it.
   *
   * @param action what was done, {@code null} for filing
   * @param publicNote what the applicant may read, else {@code null}
   * @param supplyBy for a supplement request, the date to supply by
   */
  public record PublicStep(
      @Nullable CaseAction action,
      CaseStatus to,
      Instant at,
      @Nullable String publicNote,
      @Nullable LocalDate supplyBy) {}

  /**
   * What staff answering the phone see of a case looked up by its number: the public view and the
   * internal details, but not the applicant.
   *
   * @param officer the assigned officer's username, {@code null} while unassigned
   * @param history every step, internal ones too, oldest first
   */
  public record Lookup(
      PublicCase publicCase,
      AgencyCode agency,
      long unitId,
      @Nullable String officer,
      Channel channel,
      LocalDate receivedOn,
      CaseLinks links,
      List<Child> children,
      List<HistoryEntry> history) {
    public Lookup {
      children = List.copyOf(children);
      history = List.copyOf(history);
    }
  }

  /**
   * What a case is, without its history or anyone's personal data: for receipts, notices and the
   * system.
   *
   * @param service the catalogue version for applications, {@code null} for other kinds
   * @param dueDate {@code null} while a supplement is awaited
   * @param officer the assigned officer's username, {@code null} while unassigned
   * @param filedBy who filed it: the counter clerk's username, or {@code applicant} online
   */
  public record Summary(
      CaseNumber number,
      CaseKind kind,
      AgencyCode agency,
      long unitId,
      Channel channel,
      @Nullable ServiceRef service,
      CaseStatus status,
      LocalDate receivedOn,
      TimeLimit limit,
      @Nullable LocalDate dueDate,
      @Nullable String officer,
      String filedBy) {}

  /** A child case opened for joint handling (會辦), as its parent's page shows it. */
  public record Child(
      CaseNumber number,
      long unitId,
      @Nullable String officer,
      CaseStatus status,
      @Nullable LocalDate dueDate) {}

  /**
   * What a notice to an applicant may use; {@link #toString()} withholds the addresses.
   *
   * @param notifyBy the channel the applicant chose
   * @param email the e-mail address, if given
   * @param phone the mobile number, if given
   * @param language zh-TW or en
   */
  public record NoticeContact(
      Applicant.NotifyBy notifyBy,
      @Nullable String email,
      @Nullable String phone,
      Locale language) {

    /** The contact of {@code applicant}. */
    public static NoticeContact of(Applicant applicant) {
      return new NoticeContact(
          applicant.notifyBy(), applicant.email(), applicant.phone(), applicant.language());
    }

    /** The address for the chosen channel: the e-mail or the phone; {@code null} otherwise. */
    public @Nullable String address() {
      return switch (notifyBy) {
        case EMAIL -> email;
        case SMS -> phone;
        default -> null;
      };
    }

    @Override
    public String toString() {
      return "NoticeContact[notifyBy=" + notifyBy + ", addresses withheld]";
    }
  }

  /**
   * One case whose clock runs, for the deadlines module.
   *
   * @param officer the assigned officer, {@code null} while unassigned
   * @param dueDate the due date stored with the case's last step
   */
  public record RunningCase(
      CaseNumber number,
      AgencyCode agency,
      long unitId,
      @Nullable String officer,
      LocalDate receivedOn,
      TimeLimit limit,
      @Nullable LocalDate dueDate) {}

  /**
   * One case as stored now, for modules that keep a derived view of all cases (the figures).
   *
   * @param service its catalogue service, {@code null} for cases that have none
   * @param child whether it is a child case of joint handling (會辦)
   * @param dueDate the due date stored with its last step, {@code null} while a supplement is
   *     awaited
   * @param pauses its closed supplement waits, oldest first
   * @param openPause the day of a supplement request not yet answered, else {@code null}
   * @param steps its history after filing, oldest first
   */
  public record Fact(
      CaseNumber number,
      AgencyCode agency,
      long unitId,
      CaseKind kind,
      Channel channel,
      @Nullable ServiceCode service,
      boolean child,
      CaseStatus status,
      LocalDate receivedOn,
      @Nullable LocalDate dueDate,
      List<Pause> pauses,
      @Nullable LocalDate openPause,
      List<FactStep> steps) {
    public Fact {
      pauses = List.copyOf(pauses);
      steps = List.copyOf(steps);
    }
  }

  /**
   * One step of a case's history after filing.
   *
   * @param on the day of the step in Taiwan (the clock's zone), the same day {@link
   *     CaseEvents.CaseStepTaken#on()} gave for it
   */
  public record FactStep(CaseAction action, LocalDate on) {}

  /** A supplement wait: requested on {@code requested}, supplied on {@code supplied}. */
  public record Pause(LocalDate requested, LocalDate supplied) {}

  /**
   * The applications (申辦案件) an agency received in a span, and how many of them had at least one
   * required document verified electronically instead of on paper (以電子查驗取代) by the span's end.
   *
   * @param applications the agency's cases of kind {@link CaseKind#APPLICATION} received in the
   *     span, whatever became of them
   * @param verified how many of those have at least one electronic verification recorded on or
   *     before the span's last day (in Taiwan); never more than {@code applications}
   */
  public record VerificationCount(long applications, long verified) {}
}
