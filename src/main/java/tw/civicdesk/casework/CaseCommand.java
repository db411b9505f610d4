// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.internal.CaseTransitions;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What a caller asks of {@link CaseWork}: one record per use case. A command names the case and the
 * version its caller saw, and the values of the step; it never names the party the caller acts in,
 * which casework decides from the transition table ({@link CaseTransitions}) and the caller's
 * roles. Values are checked by the case's own rules when the step is taken, so a command may carry
 * anything a form or a JSON body held.
 */
public sealed interface CaseCommand {

  /** A command on an existing case, seen by its caller at {@link #version()}. */
  sealed interface OnCase extends CaseCommand {
    CaseNumber number();

    /** The case's version the caller saw; a step on a later version is refused (409). */
    int version();
  }

  /**
   * Files a new case (收件). Every kind files through this one command; what differs between kinds is
   * in {@link CaseKind}'s rules (an application names a catalogue service, other kinds do not).
   *
   * @param clerk the staff member recording it (at the counter, from a call or a letter), or {@code
   *     null} when the applicant files it themselves online
   * @param service the catalogue version for applications, {@code null} for other kinds
   * @param receivedOn the day the agency received it; never in the future
   * @param postmarkedOn a letter's postmark date, else {@code null}
   * @param applicant who filed it, {@code null} when nobody is to be told
   * @param fields the service's form values by field name, already checked
   */
  record File(
      CaseKind kind,
      Channel channel,
      AgencyCode agency,
      long unitId,
      @Nullable ServiceRef service,
      TimeLimit limit,
      LocalDate receivedOn,
      @Nullable LocalDate postmarkedOn,
      @Nullable Applicant applicant,
      Map<String, String> fields,
      @Nullable String clerk)
      implements CaseCommand {
    public File {
      Objects.requireNonNull(kind, "kind");
      fields = Map.copyOf(fields);
    }

    /** An application (申辦案件) for version {@code version} of catalogue service {@code code}. */
    public static File application(
        Channel channel,
        AgencyCode agency,
        long unitId,
        ServiceCode code,
        int version,
        TimeLimit limit,
        LocalDate receivedOn,
        @Nullable LocalDate postmarkedOn,
        @Nullable Applicant applicant,
        Map<String, String> fields,
        @Nullable String clerk) {
      return new File(
          CaseKind.APPLICATION,
          channel,
          agency,
          unitId,
          new ServiceRef(code, version),
          limit,
          receivedOn,
          postmarkedOn,
          applicant,
          fields,
          clerk);
    }
  }

  /** 分案 / 改分: gives the case to {@code officer}, an enabled case officer of the agency. */
  record Assign(CaseNumber number, int version, String officer) implements OnCase {}

  /** 開始處理: the officer starts work. */
  record Start(CaseNumber number, int version) implements OnCase {}

  /**
   * 通知補正: asks for everything missing at once.
   *
   * @param days the days to supply them in; {@code null} for the agency's default ({@code
   *     civicdesk.casework.supplement-days})
   */
  record RequestSupplement(
      CaseNumber number, int version, List<String> deficiencies, @Nullable Integer days)
      implements OnCase {
    public RequestSupplement {
      deficiencies = List.copyOf(deficiencies);
    }
  }

  /** 補正完成 recorded by staff: the applicant supplied what was asked; the clock resumes. */
  record Supply(CaseNumber number, int version, @Nullable String note) implements OnCase {}

  /**
   * 展延: extends the period once by {@code amount}, in {@code unit} or, when {@code null}, in the
   * unit of the case's own time limit.
   */
  record Extend(
      CaseNumber number, int version, int amount, TimeLimit.@Nullable Unit unit, String reason)
      implements OnCase {}

  /** 決行: approves, rejects or answers. */
  record Decide(
      CaseNumber number, int version, Decision outcome, String reason, @Nullable String remedy)
      implements OnCase {}

  /** 結案: closes a decided case. */
  record Close(CaseNumber number, int version) implements OnCase {}

  /** 撤回 recorded by staff: the applicant withdrew. */
  record Withdraw(CaseNumber number, int version, @Nullable String reason) implements OnCase {}

  /** 移文: sends the case to {@code unitId} of the competent agency {@code to}. */
  record Transfer(CaseNumber number, int version, AgencyCode to, long unitId, String reason)
      implements OnCase {}

  /**
   * 改分（跨單位）: hands the case to {@code unitId}, another unit of the same agency, for the reason
   * given; the applicant is told the new unit.
   */
  record Reroute(CaseNumber number, int version, long unitId, String reason) implements OnCase {}

  /**
   * 重新立案: files a new case like {@code previous} — its kind, channel, agency, applicant and form
   * values — for {@code unitId}, due within {@code limit} from today; {@code previous} must have
   * been decided. The caller keeps the link between the two (e.g. a petition reopened after an
   * unhappy rating).
   */
  record Refile(CaseNumber previous, long unitId, TimeLimit limit) implements CaseCommand {}

  /** 併案: merges the case into {@code into}, another case the caller reaches. */
  record Merge(CaseNumber number, int version, CaseNumber into) implements OnCase {}

  /** 會辦: opens a child case for {@code unitId} of the same agency, due within {@code limit}. */
  record RequestJointHandling(CaseNumber number, int version, long unitId, TimeLimit limit)
      implements OnCase {}

  /**
   * 稽催: chases a case due today or late. {@code version} {@code null} takes the case as it is now,
   * since a follow-up changes nothing anybody else could have changed under it.
   */
  record FollowUp(CaseNumber number, @Nullable Integer version, String text)
      implements CaseCommand {}

  /** 稽催答覆: answers the open follow-ups; {@code version} as for {@link FollowUp}. */
  record AnswerFollowUp(CaseNumber number, @Nullable Integer version, String text)
      implements CaseCommand {}

  /**
   * Attaches a file to the case (a scanned document, a photo).
   *
   * @param document the required document the file answers, if any
   */
  record Attach(
      CaseNumber number, @Nullable String filename, byte[] content, @Nullable String document)
      implements CaseCommand {
    @Override
    public String toString() {
      return "Attach[" + number + ", " + content.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Attach a
          && a.number.equals(number)
          && Objects.equals(a.filename, filename)
          && java.util.Arrays.equals(a.content, content)
          && Objects.equals(a.document, document);
    }

    @Override
    public int hashCode() {
      return Objects.hash(number, filename, java.util.Arrays.hashCode(content), document);
    }
  }

  /**
   * Notices of the case go from now on by {@code notifyBy} (e-mail or SMS) to {@code address},
   * asked by the holder of its receipt once they proved the new address.
   */
  record ChangeContact(Applicant.NotifyBy notifyBy, String address) implements CaseCommand {
    @Override
    public String toString() {
      return "ChangeContact[" + notifyBy + ", address withheld]";
    }
  }
}
