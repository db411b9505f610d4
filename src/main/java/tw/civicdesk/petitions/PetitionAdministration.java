// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.petitions.RuleDrafts.CategoryDraft;
import tw.civicdesk.petitions.RuleDrafts.CategorySettings;
import tw.civicdesk.petitions.RuleDrafts.KindDraft;
import tw.civicdesk.petitions.RuleDrafts.KindSettings;

/**
 * An agency administrator's changes to the agency's petition rules: each kind's rules (open or
 * closed, time limit, anonymity, extension, what a reply must state, the default unit), its
 * categories, the places of its area and the routing of a category and a place to a unit. Contract
 * of every method:
 *
 * <ul>
 *   <li>only an administrator of the agency (or a system administrator) may read or change them
 *       ({@link AccessPolicy#canManage}); anyone else gets {@link AgencyNotFoundException}, as for
 *       an agency that does not exist;
 *   <li>every value is checked and every problem reported at once ({@link
 *       tw.civicdesk.platform.error.InvalidFields}, fields named as the console forms name them); a
 *       kind's or category's change applies only to the version the administrator read ({@link
 *       RulesChanged} otherwise); nothing is stored when a check fails;
 *   <li>every change leaves a row in the audit log ({@value #AUDIT_ACTION}) in its transaction,
 *       naming what changed, never a value.
 * </ul>
 */
@Service
@Transactional
public class PetitionAdministration {

  /** The audit action of every change here (docs/audit-events.md). */
  public static final String AUDIT_ACTION = "PETITION_RULES_CHANGED";

  private final PetitionRules rules;
  private final PetitionRuleEdits edits;
  private final Organisation organisation;
  private final AuditLog audit;

  PetitionAdministration(
      PetitionRules rules, PetitionRuleEdits edits, Organisation organisation, AuditLog audit) {
    this.rules = rules;
    this.edits = edits;
    this.organisation = organisation;
    this.audit = audit;
  }

  /** Whether {@code staff} administers {@code agency}'s petition rules. */
  public static boolean mayAdminister(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.canManage(staff, agency);
  }

  /** Every kind set up at {@code agency}, open or closed, in {@link CaseKind} order. */
  @Transactional(readOnly = true)
  public List<KindSettings> kinds(StaffPrincipal actor, AgencyCode agency) {
    require(actor, agency);
    return edits.kinds(agency);
  }

  /** Every category of {@code agency}, inactive ones too, by kind and position. */
  @Transactional(readOnly = true)
  public List<CategorySettings> categories(StaffPrincipal actor, AgencyCode agency) {
    require(actor, agency);
    return edits.categories(agency);
  }

  /**
   * Sets a kind's rules: the first time with {@code version} 0, afterwards with the version read.
   * The default unit must be one of the agency's; the limit's amount fits its unit ({@link
   * RuleCheck#LIMITS}).
   */
  public KindSettings saveKind(StaffPrincipal actor, KindDraft draft, int version) {
    require(actor, draft.agency());
    KindRule rule = RuleCheck.kind(draft, unitIds(draft.agency()));
    var before = edits.kind(draft.agency(), draft.kind());
    boolean stored =
        before.isEmpty()
            ? version == 0 && edits.insert(rule, draft.open())
            : edits.update(rule, draft.open(), version);
    if (!stored) {
      throw RulesChanged.concurrently();
    }
    record(
        actor,
        draft.agency(),
        "PETITION_KIND",
        draft.kind().name(),
        before.map(b -> fields(b, rule, draft.open())).orElse("added"));
    return edits.kind(draft.agency(), draft.kind()).orElseThrow();
  }

  /** Adds a category ({@code version} is ignored) or changes one at the version read. */
  public CategorySettings saveCategory(
      StaffPrincipal actor, CategoryDraft draft, boolean isNew, int version) {
    require(actor, draft.agency());
    CategorySettings before =
        isNew || draft.code() == null
            ? null
            : edits.category(draft.agency(), draft.code()).orElseThrow(CategoryNotFound::new);
    Category category = RuleCheck.category(draft, before == null ? null : before.category());
    if (before == null && !edits.insert(category)) {
      throw new RulesChanged("petition-admin.error.code-taken", "code");
    }
    if (before != null && !edits.update(category, version)) {
      throw RulesChanged.concurrently();
    }
    record(
        actor,
        draft.agency(),
        "PETITION_CATEGORY",
        category.code(),
        before == null ? "added" : fields(before.category(), category));
    return edits.category(draft.agency(), category.code()).orElseThrow();
  }

  /**
   * Adds a district, or a village of a district (adding the district too when it is missing).
   *
   * @return the place added
   */
  public Route.Where addPlace(
      StaffPrincipal actor, AgencyCode agency, String district, String village) {
    require(actor, agency);
    Route.Where where = RuleCheck.place(district, village);
    List<Route.Where> places = rules.places(agency);
    if (places.contains(where)) {
      throw RuleCheck.refusal(
          where.village().isEmpty() ? "district" : "village", "petition-admin.error.place-exists");
    }
    Route.Where whole = new Route.Where(where.district(), "");
    if (!where.village().isEmpty() && !places.contains(whole)) {
      rules.addPlace(agency, whole);
      record(actor, agency, "PETITION_PLACE", place(whole), "added");
    }
    rules.addPlace(agency, where);
    record(actor, agency, "PETITION_PLACE", place(where), "added");
    return where;
  }

  /**
   * Removes a place no routing rule names; a district only once it has no villages.
   *
   * @throws tw.civicdesk.platform.error.InvalidFields when a rule names it or villages remain
   */
  public void removePlace(StaffPrincipal actor, AgencyCode agency, Route.Where where) {
    require(actor, agency);
    if (where.village().isEmpty()
        && rules.places(agency).stream()
            .anyMatch(p -> p.district().equals(where.district()) && !p.village().isEmpty())) {
      throw RuleCheck.refusal("place", "petition-admin.error.district-has-villages");
    }
    if (edits.placeInUse(agency, where)) {
      throw RuleCheck.refusal("place", "petition-admin.error.place-in-use");
    }
    if (edits.removePlace(agency, where)) {
      record(actor, agency, "PETITION_PLACE", place(where), "removed");
    }
  }

  /**
   * Routes cases of {@code category} at {@code where} ("" district: anywhere) to {@code unitId},
   * replacing the rule for that category and place. The category, the place and the unit must be
   * the agency's.
   */
  public Route saveRoute(
      StaffPrincipal actor, AgencyCode agency, String category, Route.Where where, long unitId) {
    require(actor, agency);
    List<String> problems = new ArrayList<>();
    if (!Category.isCode(category) || rules.category(agency, category).isEmpty()) {
      problems.add("category");
    }
    if (!where.district().isEmpty() && !rules.places(agency).contains(where)) {
      problems.add("place");
    }
    if (!unitIds(agency).contains(unitId)) {
      problems.add("unitId");
    }
    if (!problems.isEmpty()) {
      throw new tw.civicdesk.platform.error.InvalidFields(
          problems.stream()
              .map(
                  f ->
                      new tw.civicdesk.platform.error.InvalidFields.FieldProblem(
                          f, "petition-admin.error.route-" + f, List.of()))
              .toList());
    }
    boolean replaced = rules.routes(agency).stream().anyMatch(r -> same(r, category, where));
    Route route = new Route(agency, category, where, unitId);
    rules.save(route);
    record(
        actor,
        agency,
        "PETITION_ROUTE",
        category + "@" + place(where),
        (replaced ? "fields=unit" : "added") + ";unit=" + unitId);
    return route;
  }

  /** Removes the routing rule of {@code category} at {@code where}, if there is one. */
  public void removeRoute(
      StaffPrincipal actor, AgencyCode agency, String category, Route.Where where) {
    require(actor, agency);
    if (rules.routes(agency).stream().anyMatch(r -> same(r, category, where))) {
      rules.removeRoute(agency, category, where);
      record(actor, agency, "PETITION_ROUTE", category + "@" + place(where), "removed");
    }
  }

  private void require(StaffPrincipal actor, AgencyCode agency) {
    if (!mayAdminister(actor, agency) || organisation.agency(agency).isEmpty()) {
      throw new AgencyNotFoundException();
    }
  }

  private Set<Long> unitIds(AgencyCode agency) {
    return organisation.units(agency).stream().map(Unit::id).collect(Collectors.toSet());
  }

  private static boolean same(Route r, String category, Route.Where where) {
    return r.category().equals(category) && r.where().equals(where);
  }

  /** A place as an audit subject: 礁溪鄉, 礁溪鄉/德陽村, or * for anywhere. */
  public static String place(Route.Where where) {
    if (where.district().isEmpty()) {
      return "*";
    }
    return where.village().isEmpty() ? where.district() : where.district() + "/" + where.village();
  }

  private static String fields(KindSettings before, KindRule after, boolean open) {
    KindRule b = before.rule();
    List<String> fields = new ArrayList<>();
    add(fields, "open", before.open() != open);
    add(fields, "limit", !b.limit().equals(after.limit()));
    add(fields, "anonymous", b.anonymousAllowed() != after.anonymousAllowed());
    add(fields, "extension", b.extensionAllowed() != after.extensionAllowed());
    add(fields, "reply", !b.replyRequires().equals(after.replyRequires()));
    add(fields, "unit", b.defaultUnitId() != after.defaultUnitId());
    return "fields=" + (fields.isEmpty() ? "-" : String.join(",", fields));
  }

  private static String fields(Category b, Category after) {
    List<String> fields = new ArrayList<>();
    add(fields, "name", !b.name().equals(after.name()));
    add(fields, "limit", !Objects.equals(b.limit(), after.limit()));
    add(fields, "position", b.position() != after.position());
    add(fields, "active", b.active() != after.active());
    return "fields=" + (fields.isEmpty() ? "-" : String.join(",", fields));
  }

  private static void add(List<String> fields, String field, boolean changed) {
    if (changed) {
      fields.add(field);
    }
  }

  private void record(
      StaffPrincipal actor, AgencyCode agency, String type, String subject, String detail) {
    audit.record(
        new AuditEvent(actor.getUsername(), agency.value(), AUDIT_ACTION, type, subject, detail));
  }

  /** A category the agency does not have. */
  public static final class CategoryNotFound extends tw.civicdesk.platform.error.NotFoundException {
    CategoryNotFound() {
      super("petition-admin.category.not-found");
    }
  }
}
