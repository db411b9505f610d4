// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.faq.FaqViews.Entry;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.search.SearchIndex;

/**
 * The FAQ's door: the public reads (published entries only), the staff knowledge base, and writing
 * entries and categories.
 *
 * <p>Reach: every staff member of an agency reads its entries with their notes and SOP steps;
 * writing (create, edit, publish, archive, categories) is for the agency's quality officers and
 * administrators ({@link #mayEdit}); an entry or agency outside a staff member's reach is {@link
 * FaqNotFound}, a reader who may not write is refused with 403 ({@code faq.not-for-you}).
 *
 * <p>Every write checks all the fields at once ({@link InvalidFields}), applies only to the version
 * read ({@code faq.changed}, 409, else), leaves an audit row ({@value #AUDIT_ENTRY} or {@value
 * #AUDIT_CATEGORY}) and keeps the search index in step in the same transaction: a published entry
 * is put, any other removed.
 */
@Service
public class Faq {

  /** The audit action of every change of an entry (docs/audit-events.md). */
  public static final String AUDIT_ENTRY = "FAQ_ENTRY_CHANGED";

  /** The audit action of every change of a category. */
  public static final String AUDIT_CATEGORY = "FAQ_CATEGORY_CHANGED";

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final FaqStore store;
  private final Catalogue catalogue;
  private final Organisation organisation;
  private final SearchIndex search;
  private final AuditLog audit;
  private final Clock clock;

  Faq(
      FaqStore store,
      Catalogue catalogue,
      Organisation organisation,
      SearchIndex search,
      AuditLog audit,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.search = search;
    this.audit = audit;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- public

  /** The published entries of {@code agency}, or of every agency when it is null, by category. */
  @Transactional(readOnly = true)
  public List<Entry> published(@Nullable AgencyCode agency) {
    return store.list(agency, FaqStatus.PUBLISHED).stream().map(StaffEntry::entry).toList();
  }

  /** The entry with {@code code} if it is published; empty for a draft, archived or no entry. */
  @Transactional(readOnly = true)
  public Optional<Entry> published(FaqCode code) {
    return store.find(code).filter(e -> e.status() == FaqStatus.PUBLISHED).map(StaffEntry::entry);
  }

  /** The categories of {@code agency}, in their order. */
  @Transactional(readOnly = true)
  public List<Category> categories(AgencyCode agency) {
    return store.categories(agency);
  }

  // ---------------------------------------------------------------- staff reads

  /** Whether {@code staff} may write the FAQ of {@code agency}. */
  public static boolean mayEdit(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.isSystemAdmin(staff)
        || staff.agencyCode().equals(agency)
            && (staff.has(Role.QUALITY_OFFICER) || staff.has(Role.AGENCY_ADMIN));
  }

  /** Every entry of {@code agency} in any status, for its staff; else {@link FaqNotFound}. */
  @Transactional(readOnly = true)
  public List<StaffEntry> entries(StaffPrincipal viewer, AgencyCode agency) {
    if (!AccessPolicy.canView(viewer, agency)) {
      throw new FaqNotFound();
    }
    return store.list(agency, null);
  }

  /** One entry with its notes and SOP steps, for staff of its agency; else {@link FaqNotFound}. */
  @Transactional(readOnly = true)
  public StaffEntry forStaff(StaffPrincipal viewer, FaqCode code) {
    return store
        .find(code)
        .filter(e -> AccessPolicy.canView(viewer, e.entry().agency()))
        .orElseThrow(FaqNotFound::new);
  }

  // ---------------------------------------------------------------- writing

  /**
   * A new entry, a draft until it is published.
   *
   * @throws InvalidFields on every problem, a taken or malformed code among them
   */
  @Transactional
  public StaffEntry create(StaffPrincipal by, FaqCommands.Save s) {
    requireEditor(by, s.agency());
    Optional<FaqCode> code = FaqCode.parse(s.code());
    List<FieldProblem> problems = new java.util.ArrayList<>();
    codeProblem(code).ifPresent(problems::add);
    FaqStore.Content content = null;
    try {
      content = check(s);
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty() || content == null) {
      throw new InvalidFields(problems);
    }
    FaqCode c = code.orElseThrow();
    store.insert(
        c, s.agency(), FaqStatus.DRAFT, content, today(), by.getUsername(), clock.instant());
    record(by, s.agency(), AUDIT_ENTRY, "FAQ_ENTRY", c.value(), "created;status=DRAFT");
    return store.find(c).orElseThrow();
  }

  /** Writes the entry as {@code s} says (its agency and code stay), if still at {@code version}. */
  @Transactional
  public StaffEntry update(StaffPrincipal by, FaqCode code, int version, FaqCommands.Save s) {
    StaffEntry before = editable(by, code);
    FaqCommands.Save same = s.forAgency(before.entry().agency());
    FaqStore.Content content = check(same);
    if (!store.update(code, version, content, today(), by.getUsername(), clock.instant())) {
      throw new ConflictException("faq.changed");
    }
    StaffEntry after = store.find(code).orElseThrow();
    index(after);
    record(
        by,
        after.entry().agency(),
        AUDIT_ENTRY,
        "FAQ_ENTRY",
        code.value(),
        EntryChanges.detail(before, after));
    return after;
  }

  /**
   * Publishes, archives or takes back to draft an entry at {@code version}. Publishing puts it in
   * the search index; anything else takes it out.
   */
  @Transactional
  public StaffEntry changeStatus(StaffPrincipal by, FaqCode code, int version, FaqStatus status) {
    StaffEntry before = editable(by, code);
    if (!store.setStatus(code, version, status, today(), by.getUsername(), clock.instant())) {
      throw new ConflictException("faq.changed");
    }
    StaffEntry after = store.find(code).orElseThrow();
    index(after);
    record(
        by,
        after.entry().agency(),
        AUDIT_ENTRY,
        "FAQ_ENTRY",
        code.value(),
        "fields=status;status=" + status + ";was=" + before.status());
    return after;
  }

  /** Adds a category to an agency's FAQ, or renames and reorders the one with the same code. */
  @Transactional
  public Category saveCategory(StaffPrincipal by, FaqCommands.SaveCategory s) {
    requireEditor(by, s.agency());
    Category category = CategoryCheck.check(s);
    Optional<Category> existing = store.category(s.agency(), category.code());
    if (existing.isPresent()) {
      store.updateCategory(existing.get().id(), category.name(), category.position());
    } else {
      store.insertCategory(s.agency(), category.code(), category.name(), category.position());
    }
    record(
        by,
        s.agency(),
        AUDIT_CATEGORY,
        "FAQ_CATEGORY",
        category.code(),
        existing.isPresent() ? "fields=name,position" : "added");
    return store.category(s.agency(), category.code()).orElseThrow();
  }

  // ---------------------------------------------------------------- for the module

  /**
   * Stores an entry as given, without an editor (the demo loader): its categories must exist.
   * Nothing happens when the code is taken.
   *
   * @return whether the entry was created
   */
  boolean importEntry(FaqCommands.Save s, FaqStatus status, String by) {
    FaqCode code =
        FaqCode.parse(s.code())
            .orElseThrow(
                () ->
                    new InvalidFields(
                        List.of(new FieldProblem("code", "faq.code.format", List.of()))));
    if (store.exists(code)) {
      return false;
    }
    List<String> known = s.services().stream().filter(c -> offers(s.agency(), c)).toList();
    FaqCommands.Save kept =
        new FaqCommands.Save(
            s.agency(),
            s.code(),
            s.category(),
            s.unitId(),
            s.questionZh(),
            s.questionEn(),
            s.answerZh(),
            s.answerEn(),
            known,
            s.notesZh(),
            s.notesEn(),
            s.sopZh(),
            s.sopEn(),
            s.reviewOn());
    store.insert(code, s.agency(), status, check(kept), today(), by, clock.instant());
    index(store.find(code).orElseThrow());
    return true;
  }

  /** Adds a category without an editor (the demo loader); one that exists is left alone. */
  void saveDemoCategory(FaqCommands.SaveCategory s) {
    Category c = CategoryCheck.check(s);
    if (store.category(s.agency(), c.code()).isEmpty()) {
      store.insertCategory(s.agency(), c.code(), c.name(), c.position());
    }
  }

  /** Puts a published entry in the search index, takes any other out. */
  void index(StaffEntry entry) {
    if (entry.status() == FaqStatus.PUBLISHED) {
      search.put(FaqSearchSource.document(entry.entry()));
    } else {
      search.remove(FaqSearchSource.KIND, entry.entry().code().value());
    }
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(TAIPEI));
  }

  private FaqStore.Content check(FaqCommands.Save s) {
    return EntryCheck.check(
        s,
        store.categories(s.agency()),
        organisation.units(s.agency()),
        code -> offers(s.agency(), code));
  }

  private boolean offers(AgencyCode agency, String code) {
    return ServiceCode.isValid(code)
        && catalogue
            .published(ServiceCode.of(code))
            .filter(v -> v.agency().equals(agency))
            .isPresent();
  }

  private Optional<FieldProblem> codeProblem(Optional<FaqCode> code) {
    if (code.isEmpty()) {
      return Optional.of(new FieldProblem("code", "faq.code.format", List.of()));
    }
    if (store.exists(code.get())) {
      return Optional.of(new FieldProblem("code", "faq.code.taken", List.of(code.get().value())));
    }
    return Optional.empty();
  }

  private StaffEntry editable(StaffPrincipal by, FaqCode code) {
    StaffEntry entry = forStaff(by, code);
    requireEditor(by, entry.entry().agency());
    return entry;
  }

  private void requireEditor(StaffPrincipal by, AgencyCode agency) {
    if (!AccessPolicy.canView(by, agency) || !organisation.exists(agency)) {
      throw new FaqNotFound();
    }
    if (!mayEdit(by, agency)) {
      throw new ForbiddenException("faq.not-for-you");
    }
  }

  private void record(
      StaffPrincipal by, AgencyCode agency, String action, String type, String id, String detail) {
    audit.record(new AuditEvent(by.getUsername(), agency.value(), action, type, id, detail));
  }

  /** No such entry or agency, or not one the caller may reach. */
  public static final class FaqNotFound extends NotFoundException {
    public FaqNotFound() {
      super("faq.not-found");
    }
  }
}
