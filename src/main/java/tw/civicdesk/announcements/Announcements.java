// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.announcements.AnnouncementCommands.Upload;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;

/**
 * The staff's door to the announcements: list, write, withdraw, files.
 *
 * <p>Reach (ADR 0062): the agency's administrators and quality officers write its announcements
 * ({@link #mayEdit}); other staff of the agency are refused with 403 ({@code
 * announcements.not-for-you}); another agency's announcement, or an agency outside the caller's
 * reach, is {@link AnnouncementNotFound} (404).
 *
 * <p>Every write checks all fields at once ({@link InvalidFields}, nothing changes), applies only
 * to the version read ({@code announcements.changed}, 409), leaves an audit row {@value #AUDIT} and
 * puts the announcement in the search index or takes it out in the same transaction. A withdrawn
 * announcement is never written again.
 */
@Service
public class Announcements {

  /** The audit action of every change of an announcement (docs/audit-events.md). */
  public static final String AUDIT = "ANNOUNCEMENT_CHANGED";

  private final AnnouncementStore store;
  private final AnnouncementIndexing indexing;
  private final Organisation organisation;
  private final AuditLog audit;
  private final AnnouncementsSettings settings;
  private final Clock clock;

  Announcements(
      AnnouncementStore store,
      AnnouncementIndexing indexing,
      Organisation organisation,
      AuditLog audit,
      AnnouncementsSettings settings,
      Clock clock) {
    this.store = store;
    this.indexing = indexing;
    this.organisation = organisation;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether {@code staff} may write the announcements of {@code agency}. */
  public static boolean mayEdit(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.isSystemAdmin(staff)
        || staff.agencyCode().equals(agency)
            && (staff.has(Role.AGENCY_ADMIN) || staff.has(Role.QUALITY_OFFICER));
  }

  /** The moment by the injected clock, for status badges. */
  public Instant now() {
    return clock.instant();
  }

  /** Every announcement of {@code agency}, newest first, for its editors. */
  @Transactional(readOnly = true)
  public List<Announcement> list(StaffPrincipal viewer, AgencyCode agency) {
    requireEditor(viewer, agency);
    return store.all(agency);
  }

  /** One announcement with its files, for an editor of its agency. */
  @Transactional(readOnly = true)
  public Announcement forStaff(StaffPrincipal viewer, long id) {
    Announcement a = store.find(id).orElseThrow(AnnouncementNotFound::new);
    requireEditor(viewer, a.agency());
    return a;
  }

  /** A file of an announcement, for an editor of its agency. */
  @Transactional(readOnly = true)
  public AnnouncementFile file(StaffPrincipal viewer, long id, long fileId) {
    forStaff(viewer, id);
    return store.file(id, fileId).orElseThrow(AnnouncementNotFound::new);
  }

  /**
   * A new announcement of {@code agency} with its files.
   *
   * @throws InvalidFields on every problem of the fields or the files; nothing is stored
   */
  @Transactional
  public Announcement create(
      StaffPrincipal by, AgencyCode agency, AnnouncementCommands.Save s, List<Upload> files) {
    requireEditor(by, agency);
    AnnouncementCheck.Content content = checked(agency, s, files, 0);
    Instant now = clock.instant();
    long id = store.insert(agency, content, by.getUsername(), now);
    List<Inspected> inspected = inspect(files, 0);
    inspected.forEach(
        f -> store.insertAttachment(id, f.file(), f.content(), by.getUsername(), now));
    Announcement a = store.find(id).orElseThrow();
    indexing.index(a, now);
    record(by, a, "created;status=" + a.status(now) + files(inspected));
    return a;
  }

  /** Writes the announcement as {@code s} says and adds {@code files}, if still at version. */
  @Transactional
  public Announcement update(
      StaffPrincipal by, long id, int version, AnnouncementCommands.Save s, List<Upload> files) {
    Announcement before = forStaff(by, id);
    if (before.withdrawnAt() != null) {
      throw new ConflictException("announcements.withdrawn");
    }
    AnnouncementCheck.Content content =
        checked(before.agency(), s, files, before.attachments().size());
    List<Inspected> inspected = inspect(files, before.attachments().size());
    Instant now = clock.instant();
    if (!store.update(id, version, content, by.getUsername(), now)) {
      throw new ConflictException("announcements.changed");
    }
    inspected.forEach(
        f -> store.insertAttachment(id, f.file(), f.content(), by.getUsername(), now));
    Announcement after = store.find(id).orElseThrow();
    indexing.index(after, now);
    record(by, after, "edited;status=" + after.status(now) + files(inspected));
    return after;
  }

  /** Withdraws the announcement for good, if still at {@code version}; it leaves the search. */
  @Transactional
  public Announcement withdraw(StaffPrincipal by, long id, int version) {
    Announcement before = forStaff(by, id);
    Instant now = clock.instant();
    if (!store.withdraw(id, version, by.getUsername(), now)) {
      throw new ConflictException("announcements.changed");
    }
    Announcement after = store.find(id).orElseThrow();
    indexing.index(after, now);
    record(by, after, "withdrawn;was=" + before.status(now));
    return after;
  }

  /** Removes one file of the announcement. */
  @Transactional
  public void removeFile(StaffPrincipal by, long id, long fileId) {
    Announcement a = forStaff(by, id);
    if (!store.deleteAttachment(id, fileId)) {
      throw new AnnouncementNotFound();
    }
    record(by, a, "file-removed;file=" + fileId);
  }

  /**
   * Stores an announcement without an editor (the demo loader), unless the agency already has one
   * with the same Chinese title.
   *
   * @return whether it was stored
   */
  @Transactional
  boolean importAnnouncement(AgencyCode agency, AnnouncementCommands.Save s, String by) {
    if (store.exists(agency, s.titleZh().strip())) {
      return false;
    }
    AnnouncementCheck.Content content = AnnouncementCheck.check(s, unitIds(agency));
    Instant now = clock.instant();
    long id = store.insert(agency, content, by, now);
    indexing.index(store.find(id).orElseThrow(), now);
    return true;
  }

  private AnnouncementCheck.Content checked(
      AgencyCode agency, AnnouncementCommands.Save s, List<Upload> files, int existing) {
    List<FieldProblem> problems = new ArrayList<>();
    AnnouncementCheck.Content content = null;
    try {
      content = AnnouncementCheck.check(s, unitIds(agency));
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    try {
      inspect(files, existing);
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty() || content == null) {
      throw new InvalidFields(problems);
    }
    return content;
  }

  /** A file that passed inspection, with its bytes. */
  private record Inspected(InspectedContent file, byte[] content) {}

  private List<Inspected> inspect(List<Upload> uploads, int existing) {
    List<Inspected> kept = new ArrayList<>();
    for (Upload u : uploads) {
      if (u.content().length == 0 && (u.fileName() == null || u.fileName().isBlank())) {
        continue;
      }
      InspectedContent file =
          ContentInspection.inspect(
              u.fileName(),
              u.content(),
              settings.maxAttachmentSize(),
              (refusal, megabytes) ->
                  new InvalidFields(
                      List.of(
                          new FieldProblem(
                              "files",
                              "announcements.file." + refusal.name().toLowerCase(Locale.ROOT),
                              List.of(megabytes)))));
      kept.add(new Inspected(file, u.content()));
    }
    if (existing + kept.size() > settings.maxAttachments()) {
      throw new InvalidFields(
          List.of(
              new FieldProblem(
                  "files", "announcements.file.too_many", List.of(settings.maxAttachments()))));
    }
    return kept;
  }

  private Set<Long> unitIds(AgencyCode agency) {
    return organisation.units(agency).stream().map(Unit::id).collect(Collectors.toSet());
  }

  private void requireEditor(StaffPrincipal by, AgencyCode agency) {
    if (!AccessPolicy.canView(by, agency) || !organisation.exists(agency)) {
      throw new AnnouncementNotFound();
    }
    if (!mayEdit(by, agency)) {
      throw new ForbiddenException("announcements.not-for-you");
    }
  }

  private static String files(List<Inspected> files) {
    return files.isEmpty() ? "" : ";files=" + files.size();
  }

  private void record(StaffPrincipal by, Announcement a, String detail) {
    audit.record(
        new AuditEvent(
            by.getUsername(),
            a.agency().value(),
            AUDIT,
            "ANNOUNCEMENT",
            Long.toString(a.id()),
            detail + ";category=" + a.category()));
  }

  /** No such announcement or file, or not one the caller may reach or the public may read. */
  public static final class AnnouncementNotFound extends NotFoundException {
    public AnnouncementNotFound() {
      super("announcements.not-found");
    }
  }
}
