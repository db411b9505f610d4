// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.throttle.Limit;

/**
 * Cases for tests of other modules, filed and moved through the published door ({@link CaseWork})
 * exactly as the application does it: an application of a {@link TestOrganisation} agency, filed
 * online or by its counter clerk, assigned by its unit head and started by its officer. A new case
 * is at version 0; every step answers the next version.
 *
 * <p>The few storage checks the door has no read for (a refused request stored no file, a contact
 * change reached the applicant's record) read casework's tables by SQL here, in one place, rather
 * than its internals.
 */
public final class CaseFixtures {

  /**
   * The limit receipt checks count under in the throttle, for {@code Throttle.counted} (which reads
   * only its name, {@code receipts}); never a limit to enforce.
   */
  public static final Limit RECEIPT_CHECKS =
      new Limit("receipts", 1, Duration.ofMinutes(1), "tracking.too-many");

  private final CaseWork work;
  private final TestOrganisation.Setup agency;
  private final ServiceCode service;

  private CaseFixtures(CaseWork work, TestOrganisation.Setup agency, ServiceCode service) {
    this.work = work;
    this.agency = agency;
    this.service = service;
  }

  /**
   * Fixtures for {@code agency}'s applications of version 1 of {@code service} (the service must be
   * published for receipts and notices to name it; case work itself does not check).
   */
  public static CaseFixtures of(
      ApplicationContext context, TestOrganisation.Setup agency, ServiceCode service) {
    return of(context.getBean(CaseWork.class), agency, service);
  }

  /** As above, through {@code work} — e.g. {@link CaseWorkAt} on a clock the test moves. */
  public static CaseFixtures of(CaseWork work, TestOrganisation.Setup agency, ServiceCode service) {
    return new CaseFixtures(work, agency, service);
  }

  /** An applicant who wants notices by e-mail at {@code email}, in {@code language}. */
  public static Applicant byEmail(String email, Locale language) {
    return new Applicant(
        "王小明", null, email, "0912345678", null, language, Applicant.NotifyBy.EMAIL);
  }

  /** Files an application received today online, by {@code applicant} (or nobody). */
  public CaseWork.Filed fileOnline(@Nullable Applicant applicant, LocalDate today) {
    return work.file(
        CaseCommand.File.application(
            Channel.ONLINE,
            agency.code(),
            agency.unit().id(),
            service,
            1,
            TimeLimit.workingDays(6),
            today,
            null,
            applicant,
            Map.of(),
            null));
  }

  /** Files an application at the counter, received on {@code receivedOn}, by its clerk. */
  public CaseWork.Filed fileAtCounter(
      @Nullable Applicant applicant, LocalDate receivedOn, TimeLimit limit) {
    return work.file(
        CaseCommand.File.application(
            Channel.COUNTER,
            agency.code(),
            agency.unit().id(),
            service,
            1,
            limit,
            receivedOn,
            null,
            applicant,
            Map.of(),
            agency.username(Role.COUNTER_CLERK)));
  }

  /** The unit head assigns case {@code number} (at version 0) to the officer. */
  public CaseWork.Stepped assigned(CaseNumber number) {
    return work.assign(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Assign(number, 0, agency.username(Role.CASE_OFFICER)));
  }

  /** Assigns case {@code number} (at version 0) to the officer, who starts it. */
  public CaseWork.Stepped inProgress(CaseNumber number) {
    CaseWork.Stepped assigned = assigned(number);
    return work.start(
        agency.as(Role.CASE_OFFICER), new CaseCommand.Start(number, assigned.version()));
  }

  /** The case that transferring case {@code number} opened at the competent agency. */
  public CaseNumber transferredTo(CaseNumber number) {
    CaseNumber opened = work.lookUp(number, any -> true).orElseThrow().links().transferredTo();
    if (opened == null) {
      throw new IllegalStateException(number.value() + " was not transferred");
    }
    return opened;
  }

  /** The facade, for the test's own steps. */
  public CaseWork work() {
    return work;
  }

  /** How many files are stored with case {@code number}. */
  public static int storedAttachments(ApplicationContext context, CaseNumber number) {
    return count(context, "select count(*) from casework_attachment where case_number = ?", number);
  }

  /** How many checks of documents (驗證) are stored with case {@code number}. */
  public static int storedVerifications(ApplicationContext context, CaseNumber number) {
    return count(
        context, "select count(*) from casework_verification where case_number = ?", number);
  }

  /** Where notices of case {@code number} go, as stored with its applicant. */
  public static CaseViews.NoticeContact storedContact(
      ApplicationContext context, CaseNumber number) {
    return context
        .getBean(JdbcClient.class)
        .sql(
            "select notify_by, email, phone, language"
                + " from casework_applicant where case_number = ?")
        .param(number.value())
        .query(
            (rs, n) ->
                new CaseViews.NoticeContact(
                    Applicant.NotifyBy.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    Locale.forLanguageTag(rs.getString(4))))
        .single();
  }

  private static int count(ApplicationContext context, String sql, CaseNumber number) {
    return context
        .getBean(JdbcClient.class)
        .sql(sql)
        .param(number.value())
        .query(Integer.class)
        .single();
  }
}
