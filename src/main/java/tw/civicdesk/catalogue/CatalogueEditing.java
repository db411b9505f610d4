// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.catalogue.CatalogueExceptions.CatalogueConflict;
import tw.civicdesk.catalogue.CatalogueExceptions.FieldRejected;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.CatalogueExceptions.UnitNotOfAgency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchIndex;

/**
 * Changes to the catalogue. Every change goes to the service's draft (made from the published
 * version when there is none); {@link #publish} turns the draft into the next published version.
 * Each method checks {@link CatalogueAccess}, takes the revision the editor started from, and
 * changes nothing when a check fails.
 */
@Service
@Transactional
public class CatalogueEditing {

  /** Most form fields a service's application form may have. */
  public static final int MAX_FIELDS = 30;

  private final ServiceEntries entries;
  private final ServiceVersions versions;
  private final FormFiles files;
  private final FileInspection inspection;
  private final Organisation organisation;
  private final SearchIndex search;
  private final Clock clock;

  CatalogueEditing(
      ServiceEntries entries,
      ServiceVersions versions,
      FormFiles files,
      FileInspection inspection,
      Organisation organisation,
      SearchIndex search,
      Clock clock) {
    this.entries = entries;
    this.versions = versions;
    this.files = files;
    this.inspection = inspection;
    this.organisation = organisation;
    this.search = search;
    this.clock = clock;
  }

  /** Creates a service with a first draft version; nothing is public until it is published. */
  public ServiceEntry create(
      StaffPrincipal actor,
      AgencyCode agency,
      ServiceCode code,
      long unitId,
      ServiceContent content) {
    requireEditable(actor, agency, unitId);
    if (entries.exists(code)) {
      throw new CatalogueConflict(CatalogueConflict.CODE_TAKEN, "code");
    }
    Instant now = clock.instant();
    entries.insert(code, agency, unitId, now);
    versions.insertDraft(code, 1, unitId, content.withForms(List.of()), now);
    return entries.find(code).orElseThrow();
  }

  /**
   * Saves the draft of a service (making one from the published version if needed). The draft keeps
   * its forms and form fields whatever {@code content} holds: those change through {@link
   * #addForm}, {@link #removeForm}, {@link #addField} and {@link #removeField}.
   */
  public ServiceEntry saveDraft(
      StaffPrincipal actor, ServiceCode code, int revision, long unitId, ServiceContent content) {
    ServiceEntry entry = editable(actor, code);
    requireEditable(actor, entry.agency(), unitId);
    ServiceContent base = draftBase(entry).content();
    return writeDraft(
        entry, revision, unitId, content.withForms(base.forms()).withFields(base.fields()));
  }

  /**
   * Adds a form field at the end of the draft's application form.
   *
   * @throws FieldRejected on {@code fieldName} when the draft has a field of that name, or when it
   *     has {@value #MAX_FIELDS} fields already
   * @throws ServiceNotFound when {@code actor} may not edit the service
   * @throws CatalogueConflict when someone changed the service since {@code revision}
   */
  public ServiceEntry addField(
      StaffPrincipal actor, ServiceCode code, int revision, FormField field) {
    ServiceEntry entry = editable(actor, code);
    ServiceVersion base = draftBase(entry);
    List<FormField> fields = new ArrayList<>(base.content().fields());
    if (base.content().field(field.name()).isPresent()) {
      throw new FieldRejected(FieldRejected.NAME_TAKEN, "fieldName", field.name());
    }
    if (fields.size() >= MAX_FIELDS) {
      throw new FieldRejected(FieldRejected.TOO_MANY, "fieldName", MAX_FIELDS);
    }
    fields.add(field);
    return writeDraft(entry, revision, base.unitId(), base.content().withFields(fields));
  }

  /** Takes the field named {@code fieldName} off the draft; nothing else changes if none is. */
  public ServiceEntry removeField(
      StaffPrincipal actor, ServiceCode code, int revision, String fieldName) {
    ServiceEntry entry = editable(actor, code);
    ServiceVersion base = draftBase(entry);
    List<FormField> fields =
        base.content().fields().stream().filter(f -> !f.name().equals(fieldName)).toList();
    return writeDraft(entry, revision, base.unitId(), base.content().withFields(fields));
  }

  /**
   * Adds an uploaded form to the draft; the file is checked by its content first ({@link
   * UploadRejected}). Without a title the cleaned file name serves as one.
   */
  public FormFile addForm(
      StaffPrincipal actor,
      ServiceCode code,
      int revision,
      FormKind kind,
      @Nullable BilingualText title,
      String originalName,
      byte[] content) {
    ServiceEntry entry = editable(actor, code);
    InspectedFile inspected = inspection.inspect(originalName, content);
    ServiceVersion base = draftBase(entry);
    long id = files.insert(code, inspected, content, actor.getUsername(), clock.instant());
    FormFile form =
        new FormFile(
            id,
            kind,
            title == null ? new BilingualText(inspected.fileName(), "") : title,
            inspected.fileName(),
            inspected.contentType(),
            inspected.size(),
            inspected.sha256());
    List<FormFile> forms = new ArrayList<>(base.content().forms());
    forms.add(form);
    writeDraft(entry, revision, base.unitId(), base.content().withForms(forms));
    return form;
  }

  /** Takes a form off the draft (published versions keep offering it). */
  public ServiceEntry removeForm(
      StaffPrincipal actor, ServiceCode code, int revision, long fileId) {
    ServiceEntry entry = editable(actor, code);
    ServiceVersion base = draftBase(entry);
    List<FormFile> forms =
        base.content().forms().stream().filter(f -> f.fileId() != fileId).toList();
    return writeDraft(entry, revision, base.unitId(), base.content().withForms(forms));
  }

  /** Publishes the draft as the service's new current version. */
  public ServiceVersion publish(StaffPrincipal actor, ServiceCode code, int revision) {
    ServiceEntry entry = editable(actor, code);
    if (!entry.hasDraft()) {
      throw new CatalogueConflict(CatalogueConflict.NOTHING_TO_PUBLISH, "");
    }
    int number = entry.draftVersion();
    ServiceVersion draft = versions.find(code, number).orElseThrow();
    if (!entries.update(code, revision, draft.unitId(), number, null, clock.instant())) {
      throw new CatalogueConflict(CatalogueConflict.CONCURRENT, "");
    }
    versions.publish(code, number, actor.getUsername(), clock.instant());
    search.put(ServiceSearchSource.document(code, entry.agency(), draft.content()));
    return versions.find(code, number).orElseThrow();
  }

  /**
   * Creates and publishes a service in one go, without an editor: for loading a catalogue (demo
   * data, a migration from an older system). Does nothing when the code exists.
   *
   * @return whether the service was created
   */
  boolean importPublished(
      ServiceCode code, AgencyCode agency, long unitId, ServiceContent content, String by) {
    if (entries.exists(code)) {
      return false;
    }
    Instant now = clock.instant();
    entries.insert(code, agency, unitId, now);
    versions.insertDraft(code, 1, unitId, content, now);
    versions.publish(code, 1, by, now);
    entries.update(code, 0, unitId, 1, null, now);
    search.put(ServiceSearchSource.document(code, agency, content));
    return true;
  }

  /** Throws away the draft; the published version stays as it is. */
  public ServiceEntry discardDraft(StaffPrincipal actor, ServiceCode code, int revision) {
    ServiceEntry entry = editable(actor, code);
    if (!entry.hasDraft() || !entry.isPublished()) {
      throw new CatalogueConflict(CatalogueConflict.NOTHING_TO_PUBLISH, "");
    }
    if (!entries.update(
        code, revision, entry.unitId(), entry.currentVersion(), null, clock.instant())) {
      throw new CatalogueConflict(CatalogueConflict.CONCURRENT, "");
    }
    versions.deleteDraft(code, entry.draftVersion());
    return entries.find(code).orElseThrow();
  }

  private ServiceEntry writeDraft(
      ServiceEntry entry, int revision, long unitId, ServiceContent content) {
    ServiceCode code = entry.code();
    int number = entry.hasDraft() ? entry.draftVersion() : entry.currentVersion() + 1;
    if (!entries.update(code, revision, unitId, entry.currentVersion(), number, clock.instant())) {
      throw new CatalogueConflict(CatalogueConflict.CONCURRENT, "");
    }
    if (entry.hasDraft()) {
      versions.updateDraft(code, number, unitId, content);
    } else {
      versions.insertDraft(code, number, unitId, content, clock.instant());
    }
    return entries.find(code).orElseThrow();
  }

  private ServiceVersion draftBase(ServiceEntry entry) {
    int number = entry.hasDraft() ? entry.draftVersion() : entry.currentVersion();
    return versions.find(entry.code(), number).orElseThrow();
  }

  private ServiceEntry editable(StaffPrincipal actor, ServiceCode code) {
    return entries
        .find(code)
        .filter(e -> CatalogueAccess.canEdit(actor, e.agency(), e.unitId()))
        .orElseThrow(ServiceNotFound::new);
  }

  private void requireEditable(StaffPrincipal actor, AgencyCode agency, long unitId) {
    if (!CatalogueAccess.canEditSome(actor, agency) || !organisation.exists(agency)) {
      throw new ServiceNotFound();
    }
    boolean unitOfAgency = organisation.units(agency).stream().anyMatch(u -> u.id() == unitId);
    if (!unitOfAgency) {
      throw new UnitNotOfAgency();
    }
    if (!CatalogueAccess.canEdit(actor, agency, unitId)) {
      throw new UnitNotOfAgency();
    }
  }
}
