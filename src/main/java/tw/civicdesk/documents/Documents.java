// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.documents.DocumentCommands.DocumentDraft;
import tw.civicdesk.documents.DocumentCommands.FileContent;
import tw.civicdesk.documents.DocumentCommands.Upload;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;

/**
 * An agency's documents: the console's list, create, edit, add files and withdraw (for those who
 * may manage the agency, {@link AccessPolicy#canManage}; anything else is {@link DocumentNotFound})
 * and the public's list and downloads (published, not withdrawn). Every file is inspected before
 * anything is stored, so a refused file leaves the document as it was; every change writes one
 * {@link #AUDIT} row naming what changed, never a value.
 */
@Service
@Transactional
public class Documents {

  /** The audit action of every change to a document. */
  static final String AUDIT = "DOCUMENT_CHANGED";

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private record Inspected(InspectedContent file, byte[] content) {}

  private final DocumentStore store;
  private final DocumentsSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  Documents(DocumentStore store, DocumentsSettings settings, AuditLog audit, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every document of {@code agency}, withdrawn ones included, for its managers. */
  @Transactional(readOnly = true)
  public List<AgencyDocument> list(StaffPrincipal staff, AgencyCode agency) {
    if (!AccessPolicy.canManage(staff, agency)) {
      throw new DocumentNotFound();
    }
    return store.byAgency(agency);
  }

  /** One document, for those who may manage its agency. */
  @Transactional(readOnly = true)
  public AgencyDocument get(StaffPrincipal staff, long id) {
    return store
        .find(id)
        .filter(d -> AccessPolicy.canManage(staff, d.agency()))
        .orElseThrow(DocumentNotFound::new);
  }

  /**
   * Creates a document of {@code agency} with its files (at least one).
   *
   * @throws InvalidFields on {@code attachments} when there is none, too many, or one is refused
   */
  public AgencyDocument create(
      StaffPrincipal staff, AgencyCode agency, DocumentDraft draft, List<Upload> uploads) {
    if (!AccessPolicy.canManage(staff, agency)) {
      throw new DocumentNotFound();
    }
    List<Inspected> files = inspect(uploads, 0);
    if (files.isEmpty()) {
      throw refused("documents.file.required", List.of());
    }
    long id = store.insert(agency, draft, clock.instant());
    files.forEach(f -> store.insertFile(id, f.file(), f.content(), clock.instant()));
    record(staff, agency, id, "created;category=" + draft.category() + ";files=" + files.size());
    return store.find(id).orElseThrow();
  }

  /**
   * Changes a document's fields and adds {@code uploads} to its files, when {@code version} is the
   * one read.
   *
   * @throws DocumentConflict when someone else changed it since
   */
  public AgencyDocument update(
      StaffPrincipal staff, long id, DocumentDraft draft, int version, List<Upload> uploads) {
    AgencyDocument before = get(staff, id);
    List<Inspected> files = inspect(uploads, before.files().size());
    if (!store.update(id, draft, version, clock.instant())) {
      throw new DocumentConflict();
    }
    files.forEach(f -> store.insertFile(id, f.file(), f.content(), clock.instant()));
    record(staff, before.agency(), id, changes(before, draft, files.size()));
    return store.find(id).orElseThrow();
  }

  /** Takes a document off the public site; it stays on the console, marked withdrawn. */
  public AgencyDocument withdraw(StaffPrincipal staff, long id, int version) {
    AgencyDocument before = get(staff, id);
    if (!store.withdraw(id, version, clock.instant())) {
      throw new DocumentConflict();
    }
    record(staff, before.agency(), id, "withdrawn");
    return store.find(id).orElseThrow();
  }

  /** File {@code position} of a document, for those who may manage its agency. */
  @Transactional(readOnly = true)
  public FileContent file(StaffPrincipal staff, long id, int position) {
    get(staff, id);
    return store.file(id, position).orElseThrow(DocumentNotFound::new);
  }

  /**
   * The documents the public sees today (Asia/Taipei) for {@code agency}: published on or before
   * today, not withdrawn; newest document date first.
   */
  @Transactional(readOnly = true)
  public List<AgencyDocument> published(AgencyCode agency) {
    LocalDate today = today();
    return store.byAgency(agency).stream()
        .filter(d -> d.publicOn(today))
        .sorted(Comparator.comparing(AgencyDocument::documentDate).reversed())
        .toList();
  }

  /** A file of a document the public sees today; else {@link DocumentNotFound}. */
  @Transactional(readOnly = true)
  public FileContent publicFile(AgencyCode agency, long id, int position) {
    LocalDate today = today();
    store
        .find(id)
        .filter(d -> d.agency().equals(agency) && d.publicOn(today))
        .orElseThrow(DocumentNotFound::new);
    return store.file(id, position).orElseThrow(DocumentNotFound::new);
  }

  /** Today in Asia/Taipei, by the injected clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(TAIPEI));
  }

  private List<Inspected> inspect(List<Upload> uploads, int stored) {
    List<Inspected> kept = new ArrayList<>();
    for (Upload u : uploads) {
      if (u.content().length == 0 && (u.fileName() == null || u.fileName().isBlank())) {
        continue;
      }
      InspectedContent file =
          ContentInspection.inspect(
              u.fileName(),
              u.content(),
              settings.maxFileSize(),
              (refusal, megabytes) ->
                  refused(
                      "documents.file." + refusal.name().toLowerCase(Locale.ROOT),
                      List.of(megabytes)));
      kept.add(new Inspected(file, u.content()));
    }
    if (stored + kept.size() > settings.maxFiles()) {
      throw refused("documents.file.too-many", List.of(settings.maxFiles()));
    }
    return kept;
  }

  private static InvalidFields refused(String key, List<Object> arguments) {
    return new InvalidFields(List.of(new FieldProblem("attachments", key, arguments)));
  }

  private static String changes(AgencyDocument d, DocumentDraft draft, int added) {
    List<String> f = new ArrayList<>();
    if (d.category() != draft.category()) {
      f.add("category");
    }
    if (!d.title().equals(draft.title())) {
      f.add("title");
    }
    if (!d.documentDate().equals(draft.documentDate())) {
      f.add("document-date");
    }
    if (!d.publishOn().equals(draft.publishOn())) {
      f.add("publish-on");
    }
    if (!java.util.Objects.equals(d.reviewOn(), draft.reviewOn())) {
      f.add("review-on");
    }
    return "fields=" + (f.isEmpty() ? "-" : String.join(",", f)) + ";files-added=" + added;
  }

  private void record(StaffPrincipal staff, AgencyCode agency, long id, String detail) {
    audit.record(
        new AuditEvent(
            staff.getUsername(), agency.value(), AUDIT, "DOCUMENT", Long.toString(id), detail));
  }
}
