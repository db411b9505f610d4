// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Attachment;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Party;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;

/**
 * The files of a case (scanned documents, photos) and the required documents staff verified
 * electronically instead (以電子查驗取代). Both are append-only: nothing is ever changed or removed, and a
 * refused request stores nothing.
 *
 * <p>A file is judged by its content alone ({@link ContentInspection}: PDF, PNG, JPEG, ODT or ODS;
 * polyglots refused), stored in the database with its SHA-256, the detected type (never the
 * client's claim) and a sanitised name. A case holds at most {@code
 * civicdesk.casework.attachments.max-count} files (10 by default) of at most {@code
 * civicdesk.casework.attachments.max-size} each (10 MB by default).
 *
 * <p>These methods do not check who may see the case; web callers first call {@link #requireCase}
 * with the viewer.
 */
@Service
@Transactional
public class CaseAttachments {

  /** The form field every refused attachment concerns. */
  public static final String FIELD = "attachments";

  /** Longest document name and longest description of a check, in characters. */
  static final int MAX_TEXT = 500;

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final CaseAttachmentStore store;
  private final Cases cases;
  private final AuditLog audit;
  private final Clock clock;
  private final DataSize maxSize;
  private final int maxCount;

  /**
   * @throws IllegalArgumentException when the size limit is not positive
   */
  CaseAttachments(
      CaseAttachmentStore store,
      Cases cases,
      AuditLog audit,
      Clock clock,
      CaseworkSettings settings) {
    this.store = store;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
    this.maxSize = ContentInspection.requirePositive(settings.attachments().maxSize());
    this.maxCount = settings.attachments().maxCount();
  }

  /**
   * Checks that the case exists and {@code viewer} reaches it ({@link CaseReach}: their own agency,
   * by need-to-know).
   *
   * @throws CaseWork.CaseNotFound when there is no such case, or it is out of reach (404)
   */
  @Transactional(readOnly = true)
  public void requireCase(CaseNumber number, StaffPrincipal viewer) {
    if (cases.scope(number).filter(scope -> CaseReach.reaches(viewer, scope)).isEmpty()) {
      throw new CaseWork.CaseNotFound();
    }
  }

  /**
   * Attaches a file to a case.
   *
   * @param filename the name the client sent, possibly a path or {@code null}; only a sanitised
   *     form is kept
   * @param document the required document the file answers, or {@code null} (blank = none)
   * @return the stored attachment
   * @throws AttachmentRefused on field {@value #FIELD}, nothing stored, when the case does not
   *     exist ({@value AttachmentRefused#CASE_UNKNOWN}), the content is empty ({@value
   *     AttachmentRefused#EMPTY}), larger than the limit ({@value AttachmentRefused#TOO_LARGE},
   *     argument: the limit in MB), the case already has the most files ({@value
   *     AttachmentRefused#TOO_MANY}, argument: that number), the document name is longer than 500
   *     characters ({@value AttachmentRefused#DOCUMENT_TOO_LONG}) or the content is not PDF, PNG,
   *     JPEG, ODT or ODS ({@value AttachmentRefused#TYPE})
   */
  public Attachment add(
      CaseNumber number,
      @Nullable String filename,
      byte[] content,
      @Nullable String document,
      Actor by) {
    if (store.lockForAttaching(number).isEmpty()) {
      throw new AttachmentRefused(AttachmentRefused.CASE_UNKNOWN, FIELD);
    }
    String answers = optionalText(document, AttachmentRefused.DOCUMENT_TOO_LONG);
    InspectedContent file =
        ContentInspection.inspect(
            filename,
            content,
            maxSize,
            (refusal, megabytes) ->
                switch (refusal) {
                  case EMPTY -> new AttachmentRefused(AttachmentRefused.EMPTY, FIELD);
                  case TOO_LARGE ->
                      new AttachmentRefused(AttachmentRefused.TOO_LARGE, FIELD, megabytes);
                  case TYPE -> new AttachmentRefused(AttachmentRefused.TYPE, FIELD);
                });
    if (store.countAttachments(number) >= maxCount) {
      throw new AttachmentRefused(AttachmentRefused.TOO_MANY, FIELD, maxCount);
    }
    Instant at = now();
    long id = store.insertAttachment(number, file, content, answers, by.who(), at);
    return new Attachment(
        id,
        number,
        file.fileName(),
        file.contentType(),
        file.size(),
        file.sha256(),
        by.who(),
        at,
        answers);
  }

  /**
   * The case's attachments in upload order, metadata only; empty for a case without any (or an
   * unknown case).
   */
  @Transactional(readOnly = true)
  public List<Attachment> list(CaseNumber number) {
    return store.attachments(number);
  }

  /**
   * One attachment of the case with its bytes, for staff member {@code reader} to download. Files
   * an applicant hands in (ID cards, certificates) are personal data: before the bytes are
   * returned, one audit row is written in this transaction ({@link AuditEvent#PERSONAL_DATA_READ},
   * detail {@code read=attachment:<id>;purpose=case-handling; roles=…}).
   *
   * @throws AttachmentNotFound when the case has no attachment {@code id} (404); nothing audited
   */
  public AttachmentContent content(CaseNumber number, long id, StaffPrincipal reader) {
    AttachmentContent content = store.content(number, id).orElseThrow(AttachmentNotFound::new);
    audit.record(
        new AuditEvent(
            reader.getUsername(),
            reader.agencyCode().value(),
            AuditEvent.PERSONAL_DATA_READ,
            "CASE",
            number.value(),
            AuditEvent.readDetail(
                List.of("attachment:" + id),
                "case-handling",
                reader.roles().stream().map(Enum::name).toList())));
    return content;
  }

  /**
   * Records that staff verified a required document electronically instead of asking for it.
   *
   * @param document the required document's name, e.g. {@code 戶籍謄本}
   * @param checked what was checked and where, e.g. {@code 戶役政系統查驗戶籍謄本}
   * @return the recorded verification
   * @throws VerificationForbidden when {@code by} is not staff (the applicant or the system; 403)
   * @throws AttachmentRefused nothing stored, when the case does not exist ({@value
   *     AttachmentRefused#CASE_UNKNOWN}, field {@code document}), the document is blank ({@value
   *     AttachmentRefused#DOCUMENT_REQUIRED}, field {@code document}) or what was checked is blank
   *     ({@value AttachmentRefused#CHECKED_REQUIRED}, field {@code checked}); either longer than
   *     500 characters ({@value AttachmentRefused#TEXT_TOO_LONG}, on its field)
   */
  public ElectronicVerification verifyElectronically(
      CaseNumber number, String document, String checked, Actor by) {
    if (by.party() == Party.APPLICANT || by.party() == Party.SYSTEM) {
      throw new VerificationForbidden();
    }
    if (store.agencyOf(number).isEmpty()) {
      throw new AttachmentRefused(AttachmentRefused.CASE_UNKNOWN, "document");
    }
    String name = requiredText(document, AttachmentRefused.DOCUMENT_REQUIRED, "document");
    String what = requiredText(checked, AttachmentRefused.CHECKED_REQUIRED, "checked");
    Instant at = now();
    long id = store.insertVerification(number, name, what, by.who(), at);
    return new ElectronicVerification(id, number, name, what, by.who(), at);
  }

  /** The case's electronic verifications, oldest first. */
  @Transactional(readOnly = true)
  public List<ElectronicVerification> verifications(CaseNumber number) {
    return store.verifications(number);
  }

  /**
   * The applications of {@code agency} received from {@code from} to {@code to} (both included),
   * and how many of them have at least one electronic verification recorded by the end of {@code
   * to} in Taiwan; the figure behind the plans' indicator of documents replaced by electronic
   * verification, counted in cases (件數).
   */
  @Transactional(readOnly = true)
  public CaseViews.VerificationCount verificationCount(
      AgencyCode agency, LocalDate from, LocalDate to) {
    Instant before = to.plusDays(1).atStartOfDay(TAIPEI).toInstant();
    return store.verificationCount(agency, from, to, before);
  }

  /** Now, to the microsecond the database keeps, so a returned record equals the stored one. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static @Nullable String optionalText(@Nullable String text, String tooLongKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_TEXT) {
      throw new AttachmentRefused(tooLongKey, FIELD);
    }
    return stripped;
  }

  private static String requiredText(@Nullable String text, String blankKey, String field) {
    if (text == null || text.isBlank()) {
      throw new AttachmentRefused(blankKey, field);
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_TEXT) {
      throw new AttachmentRefused(AttachmentRefused.TEXT_TOO_LONG, field);
    }
    return stripped;
  }

  /** A file or a verification refused by one of the rules above; nothing was stored. */
  public static class AttachmentRefused extends InvalidInputException {

    public static final String CASE_UNKNOWN = "casework.attachments.case-unknown";
    public static final String EMPTY = "casework.attachments.empty";
    public static final String TOO_LARGE = "casework.attachments.too-large";
    public static final String TOO_MANY = "casework.attachments.too-many";
    public static final String TYPE = "casework.attachments.type";
    public static final String DOCUMENT_TOO_LONG = "casework.attachments.document-too-long";
    public static final String DOCUMENT_REQUIRED = "casework.verification.document-required";
    public static final String CHECKED_REQUIRED = "casework.verification.checked-required";
    public static final String TEXT_TOO_LONG = "casework.verification.too-long";

    AttachmentRefused(String messageKey, String field, Object... arguments) {
      super(messageKey, arguments);
      onField(field);
    }
  }

  /** The case has no attachment with this id. */
  public static class AttachmentNotFound extends NotFoundException {
    AttachmentNotFound() {
      super("casework.attachments.not-found");
    }
  }

  /** Only staff verify documents electronically; not the applicant, not the system. */
  public static class VerificationForbidden extends ForbiddenException {
    VerificationForbidden() {
      super("casework.verification.staff-only");
    }
  }
}
