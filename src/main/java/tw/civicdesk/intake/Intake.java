// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * The intake module's API: one method files an application from any channel and answers its
 * receipt. Contract of {@link #apply}:
 *
 * <ul>
 *   <li>the service is the published version of {@code serviceCode}, and offers the channel; a
 *       citizen applies only online, staff only for services of their own agency;
 *   <li>every problem with the application is reported at once ({@link InvalidFields}) and nothing
 *       is stored;
 *   <li>the case goes to the service's owning unit, its clock starts on the day received, and the
 *       applicant is stored apart with the moment of consent;
 *   <li>a key is used once: the same key with the same application answers the first receipt, with
 *       another application {@link KeyReused} (422); concurrent uses wait for the first;
 *   <li>an applicant who chose notices by e-mail gets the receipt by e-mail: it is queued in the
 *       transaction that files the case and sent after the commit (notification module).
 * </ul>
 */
@Service
public class Intake {

  static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{8,200}");

  private final Catalogue catalogue;
  private final CaseWork cases;
  private final IntakeRequests requests;
  private final Receipts receipts;
  private final Clock clock;
  private final TransactionTemplate transaction;

  Intake(
      Catalogue catalogue,
      CaseWork cases,
      IntakeRequests requests,
      Receipts receipts,
      Clock clock,
      TransactionTemplate transaction) {
    this.transaction = transaction;
    this.catalogue = catalogue;
    this.cases = cases;
    this.requests = requests;
    this.receipts = receipts;
    this.clock = clock;
  }

  /**
   * Files {@code application} once per {@code key} and answers its receipt.
   *
   * @param key {@code api:} + the client's Idempotency-Key, or {@code web:} + a form's token
   * @param language the page's language, for an applicant who chose none
   */
  public Receipt apply(String key, Application application, Submitter by, Locale language) {
    // The receipt is read after commit: the case number row of the agency and day stays locked
    // from the number's allocation to the commit, so that span holds only the inserts.
    CaseNumber number = file(key, application, by, language);
    return by.isStaff() ? receipts.forFiler(number, by) : receipts.of(number);
  }

  /**
   * Checks {@code application} exactly as {@link #apply} would, and stores nothing: for the
   * question pages, so that the applicant sees every problem before the check-answers page and
   * filing from there fails only if the service changed meanwhile.
   *
   * @throws tw.civicdesk.platform.error.InvalidFields with every problem found
   */
  public void check(Application application, Submitter by, Locale language) {
    ServiceVersion service = service(application, by);
    ApplicationCheck.check(application, service.content().fields(), LocalDate.now(clock), language);
  }

  /**
   * Files {@code application} once per {@code key} as {@link #apply} does, and answers only the
   * case number: for a caller that shows the receipt later (the console, through {@link
   * Receipts#forStaff}), so that the verification code is read, and audited, where it is shown.
   */
  public CaseNumber file(String key, Application application, Submitter by, Locale language) {
    if (!KEY.matcher(key).matches()) {
      throw new KeyInvalid();
    }
    return Objects.requireNonNull(
        transaction.execute(status -> fileOnce(key, application, by, language)));
  }

  private CaseNumber fileOnce(String key, Application application, Submitter by, Locale language) {
    return requests.once(
        key,
        application.fingerprint(),
        clock.instant(),
        () -> fileChecked(application, by, language));
  }

  private CaseNumber fileChecked(Application application, Submitter by, Locale language) {
    ServiceVersion service = service(application, by);
    ApplicationCheck.Checked checked =
        ApplicationCheck.check(
            application, service.content().fields(), LocalDate.now(clock), language);
    CaseWork.Filed filed =
        cases.file(
            CaseCommand.File.application(
                application.channel(),
                service.agency(),
                service.unitId(),
                service.code(),
                service.version(),
                service.content().effectiveTimeLimit(),
                checked.receivedOn(),
                checked.postmarkedOn(),
                checked.applicant(),
                checked.fields(),
                by.clerk()));
    // The receipt notice goes out from notification, on the case's filing event.
    return filed.number();
  }

  private ServiceVersion service(Application application, Submitter by) {
    ServiceVersion service = null;
    if (application.serviceCode() != null && ServiceCode.isValid(application.serviceCode())) {
      service = catalogue.published(new ServiceCode(application.serviceCode())).orElse(null);
    }
    if (service == null || (by.isStaff() && !service.agency().equals(by.agency()))) {
      throw refused("serviceCode", "intake.service.unknown");
    }
    Channel channel = application.channel();
    if (channel == null
        || !service.content().offers(channel)
        || by.isStaff() == (channel == Channel.ONLINE)) {
      throw refused("channel", "intake.channel.not-offered");
    }
    return service;
  }

  static InvalidFields refused(String field, String key) {
    return new InvalidFields(List.of(new FieldProblem(field, key, List.of())));
  }

  /** The idempotency key is missing or malformed. */
  public static class KeyInvalid extends InvalidInputException {
    KeyInvalid() {
      super("intake.idempotency.invalid");
    }
  }

  /** The idempotency key was already used for another application. */
  public static class KeyReused extends InvalidInputException {
    KeyReused() {
      super("intake.idempotency.reused");
    }
  }
}
