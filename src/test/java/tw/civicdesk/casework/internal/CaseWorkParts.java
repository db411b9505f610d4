// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * The parts behind the {@code CaseWork} facade, made on the test database at the time of a clock
 * the test moves (their constructors are package-private): every part that reads the time gets
 * {@code clock}, the others are the application's beans, and events go to the application's
 * listeners (e.g. the figures rollup). None is a transactional proxy: call them in a transaction,
 * as {@code tw.civicdesk.casework.CaseWorkAt} does, which builds the facade from them.
 */
public record CaseWorkParts(
    CaseEngine engine,
    StaffActions staff,
    CaseReads reads,
    ReceiptHolderActions holders,
    VerificationCodes codes,
    CaseAttachments attachments) {

  /** The parts on the context's database, at the time of {@code clock}. */
  public static CaseWorkParts at(ApplicationContext context, Clock clock) {
    Cases cases = context.getBean(Cases.class);
    Applicants applicants = context.getBean(Applicants.class);
    AuditLog audit = context.getBean(AuditLog.class);
    WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
    Organisation organisation = context.getBean(Organisation.class);
    CaseworkSettings settings = context.getBean(CaseworkSettings.class);
    VerificationCodes codes = context.getBean(VerificationCodes.class);
    CaseEngine engine =
        new CaseEngine(cases, applicants, audit, calendar, clock, context, organisation);
    StaffActions staff =
        new StaffActions(
            engine,
            new CaseLinking(engine, cases, applicants, organisation, calendar, clock),
            organisation,
            settings);
    CaseReads reads =
        new CaseReads(
            engine,
            new CaseList(context.getBean(CaseListQueries.class), clock),
            new CaseFacts(context.getBean(JdbcClient.class), clock),
            context.getBean(RunningClocks.class),
            context.getBean(FollowUpLog.class),
            new CaseRelations(cases, applicants));
    CaseAttachments attachments =
        new CaseAttachments(
            context.getBean(CaseAttachmentStore.class), cases, audit, clock, settings);
    ReceiptHolderActions holders =
        new ReceiptHolderActions(
            engine,
            attachments,
            new ReceiptChecks(
                context.getBean(Throttle.class),
                codes,
                engine,
                context.getBean(ReceiptCheckSettings.class)),
            applicants,
            context.getBean(PlatformTransactionManager.class),
            audit);
    return new CaseWorkParts(engine, staff, reads, holders, codes, attachments);
  }
}
