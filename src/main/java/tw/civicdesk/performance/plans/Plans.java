// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.search.SearchIndex;

/**
 * The service-quality plans: reading them (the public reads published ones), drafting, the
 * lifecycle of {@link PlanStatus}, revisions after approval, and templates a county issues for its
 * agencies to derive their plans from.
 *
 * <p>Who does what: a quality officer (研考) of the agency drafts, edits the draft, publishes, starts
 * and closes it, and records revisions; the agency head ({@link Role#AGENCY_HEAD}) approves it and
 * may record revisions too. Staff of the agency read every state; a quality officer of a
 * supervising agency reads the plans of the agencies below. Anything outside a caller's reach is
 * "not found". Every lifecycle step and revision is kept in the plan's history with who, when and,
 * for a revision, why and the content before.
 */
@NamedInterface("api")
@Service
public class Plans {

  private final PlanStore store;
  private final Organisation organisation;
  private final Frameworks frameworks;
  private final Clock clock;
  private final SearchIndex search;

  Plans(
      PlanStore store,
      Organisation organisation,
      Frameworks frameworks,
      Clock clock,
      SearchIndex search) {
    this.store = store;
    this.organisation = organisation;
    this.frameworks = frameworks;
    this.clock = clock;
    this.search = search;
  }

  /** Puts {@code plan} in the search index when the public may read it (after the commit). */
  private Plan indexed(Plan plan) {
    if (PlanSearchSource.findable(plan)) {
      search.put(PlanSearchSource.document(plan));
    }
    return plan;
  }

  /** What a new plan starts from. {@code frameworkCode} gives the tree's skeleton when set. */
  public record NewPlan(
      String agencyCode,
      int year,
      PlanKind kind,
      String title,
      @Nullable String frameworkCode,
      @Nullable PlanContent content) {}

  /** The published (or later) plan of {@code agency} for {@code year}, for anyone. */
  @Transactional(readOnly = true)
  public Optional<Plan> published(String agency, int year) {
    return store.find(agency, year, PlanKind.PLAN).filter(p -> p.status().isPublic());
  }

  /**
   * The agency's current plan for the public site: its plan of the latest year that is published
   * (or in execution, or closed), if any.
   */
  @Transactional(readOnly = true)
  public Optional<Plan> current(String agency) {
    return store.ofAgencies(List.of(agency)).stream()
        .filter(p -> p.kind() == PlanKind.PLAN && p.status().isPublic())
        .findFirst();
  }

  /**
   * The plan (or template) of {@code agency} for {@code year} as {@code viewer} may read it: any
   * state within reach, only published ones otherwise (or for an anonymous viewer).
   */
  @Transactional(readOnly = true)
  public Optional<Plan> find(
      @Nullable StaffPrincipal viewer, String agency, int year, PlanKind kind) {
    return store
        .find(agency, year, kind)
        .filter(p -> p.status().isPublic() || (viewer != null && canRead(viewer, p)));
  }

  /** Plan {@code id} whatever its state, for callers that check the reader themselves. */
  @Transactional(readOnly = true)
  public Optional<Plan> byId(long id) {
    return store.find(id);
  }

  /**
   * The plan (or template) of {@code agency} for {@code year} whatever its state, for callers that
   * check the reader themselves.
   */
  @Transactional(readOnly = true)
  public Optional<Plan> byYear(String agency, int year, PlanKind kind) {
    return store.find(agency, year, kind);
  }

  /**
   * Every plan and template of {@code agencies} whatever its state, newest year first, for callers
   * that check the reader themselves.
   */
  @Transactional(readOnly = true)
  public List<Plan> ofAgencies(List<String> agencies) {
    return store.ofAgencies(agencies);
  }

  /** Plan {@code id} if {@code viewer} may read it; otherwise "not found". */
  @Transactional(readOnly = true)
  public Plan get(StaffPrincipal viewer, long id) {
    return store
        .find(id)
        .filter(p -> canRead(viewer, p))
        .orElseThrow(() -> new NotFoundException("performance.plan.not-found"));
  }

  /** Every plan and template {@code viewer} may read, newest year first. */
  @Transactional(readOnly = true)
  public List<Plan> visibleTo(StaffPrincipal viewer) {
    List<String> agencies = new ArrayList<>();
    agencies.add(viewer.agencyCode().value());
    if (viewer.has(Role.QUALITY_OFFICER) || viewer.has(Role.SYSTEM_ADMIN)) {
      organisation.descendantsOf(viewer.agencyCode()).forEach(a -> agencies.add(a.value()));
    }
    return store.ofAgencies(agencies);
  }

  /**
   * The published templates of the agencies above {@code agency} (its supervising agency, theirs,
   * and so on), newest year first: what the agency may derive its plan from.
   */
  @Transactional(readOnly = true)
  public List<Plan> templatesAbove(String agency) {
    List<String> above = new ArrayList<>();
    AgencyCode at =
        organisation.agency(new AgencyCode(agency)).map(a -> a.parentCode()).orElse(null);
    while (at != null && !above.contains(at.value())) {
      above.add(at.value());
      at = organisation.agency(at).map(a -> a.parentCode()).orElse(null);
    }
    return store.ofAgencies(above).stream()
        .filter(p -> p.kind() == PlanKind.TEMPLATE && p.status().isPublic())
        .toList();
  }

  /** The history of plan {@code id}: its creation, every lifecycle step and revision. */
  @Transactional(readOnly = true)
  public List<PlanHistoryEntry> history(StaffPrincipal viewer, long id) {
    return store.history(get(viewer, id).id());
  }

  /** The plans derived from template {@code id} that {@code viewer} may read. */
  @Transactional(readOnly = true)
  public List<Plan> derivedFrom(StaffPrincipal viewer, long id) {
    return store.derivedFrom(get(viewer, id).id()).stream()
        .filter(p -> canRead(viewer, p))
        .toList();
  }

  /** Whether {@code viewer} may read {@code plan} whatever its state. */
  public boolean canRead(StaffPrincipal viewer, Plan plan) {
    AgencyCode agency = new AgencyCode(plan.agencyCode());
    return AccessPolicy.canReadAggregates(
        viewer, agency, organisation.descendantsOf(viewer.agencyCode()));
  }

  /** Whether {@code actor} may draft, publish and revise plans of {@code agency}. */
  public boolean canManage(StaffPrincipal actor, String agency) {
    return actor.has(Role.QUALITY_OFFICER) && actor.agencyCode().value().equals(agency);
  }

  /** Drafts a new plan or template of the actor's own agency. */
  @Transactional
  public Plan create(StaffPrincipal actor, NewPlan draft) {
    requireManager(actor, draft.agencyCode());
    if (draft.kind() == PlanKind.TEMPLATE
        && organisation.descendantsOf(actor.agencyCode()).isEmpty()) {
      throw new InvalidInputException("performance.plan.error.template-without-agencies");
    }
    PlanContent content =
        draft.content() != null
            ? draft.content()
            : draft.frameworkCode() == null
                ? PlanContent.empty()
                : PlanSkeleton.of(
                    frameworks
                        .find(draft.frameworkCode())
                        .orElseThrow(
                            () -> new InvalidInputException("performance.plan.error.framework")));
    return insert(
        actor,
        new Plan(
            0,
            draft.agencyCode(),
            draft.year(),
            draft.kind(),
            null,
            draft.frameworkCode(),
            draft.title(),
            PlanStatus.DRAFT,
            0,
            content,
            null,
            null,
            null,
            null,
            0));
  }

  /**
   * Drafts the actor's agency's plan from template {@code templateId} of a supervising agency: its
   * tree and text, the same year and framework, the link kept. Units the agency does not have are
   * left to {@link Practice#ALL_UNITS} until the draft is edited.
   */
  @Transactional
  public Plan derive(StaffPrincipal actor, long templateId) {
    Plan template =
        store
            .find(templateId)
            .filter(t -> t.kind() == PlanKind.TEMPLATE && t.status().isPublic())
            .filter(
                t ->
                    organisation
                        .descendantsOf(new AgencyCode(t.agencyCode()))
                        .contains(actor.agencyCode()))
            .orElseThrow(() -> new NotFoundException("performance.plan.not-found"));
    String agency = actor.agencyCode().value();
    requireManager(actor, agency);
    PlanContent content = PlanSkeleton.forUnits(template.content(), unitCodes(agency));
    return insert(
        actor,
        new Plan(
            0,
            agency,
            template.year(),
            PlanKind.PLAN,
            template.id(),
            template.frameworkCode(),
            template.title(),
            PlanStatus.DRAFT,
            0,
            content,
            null,
            null,
            null,
            null,
            0));
  }

  private Plan insert(StaffPrincipal actor, Plan plan) {
    if (store.find(plan.agencyCode(), plan.year(), plan.kind()).isPresent()) {
      throw new ConflictException("performance.plan.error.exists", plan.year());
    }
    PlanContent content = PlanValidation.withIds(plan.content());
    PlanValidation.check(plan.title(), content, unitCodes(plan.agencyCode()));
    Instant now = clock.instant();
    long id =
        store.insert(
            new Plan(
                0,
                plan.agencyCode(),
                plan.year(),
                plan.kind(),
                plan.templateId(),
                plan.frameworkCode(),
                plan.title(),
                PlanStatus.DRAFT,
                0,
                content,
                null,
                null,
                null,
                null,
                0),
            actor.getUsername(),
            now);
    store.record(id, PlanAction.CREATE, 0, null, actor.getUsername(), now, null);
    return store.find(id).orElseThrow();
  }

  /** Replaces the title and content of a draft; after approval use {@link #revise}. */
  @Transactional
  public Plan editDraft(
      StaffPrincipal actor, long id, int version, String title, PlanContent content) {
    Plan plan = managed(actor, id);
    if (!plan.status().editable()) {
      throw new ConflictException("performance.plan.error.not-a-draft");
    }
    return write(plan, version, title, 0, content);
  }

  /**
   * Records a revision (修正) of an approved plan: the new title and content, why, and the content
   * before, under the next revision number. The plan keeps its status.
   */
  @Transactional
  public Plan revise(
      StaffPrincipal actor,
      long id,
      int version,
      String title,
      PlanContent content,
      String reason) {
    Plan plan = get(actor, id);
    if (!(canManage(actor, plan.agencyCode()) || isHeadOf(actor, plan))) {
      throw new ForbiddenException("performance.plan.error.forbidden");
    }
    if (!plan.status().revisable()) {
      throw new ConflictException("performance.plan.error.not-revisable");
    }
    if (reason.isBlank()) {
      throw new InvalidFields(
          List.of(
              new InvalidFields.FieldProblem(
                  "reason", "performance.plan.error.reason", List.of())));
    }
    Plan written = write(plan, version, title, plan.revision() + 1, content);
    store.record(
        id,
        PlanAction.REVISE,
        written.revision(),
        reason.strip(),
        actor.getUsername(),
        clock.instant(),
        plan.content());
    return indexed(written);
  }

  private Plan write(Plan plan, int version, String title, int revision, PlanContent content) {
    PlanContent withIds = PlanValidation.withIds(content);
    PlanValidation.check(title, withIds, unitCodes(plan.agencyCode()));
    if (!store.update(plan.id(), version, title.strip(), revision, withIds)) {
      throw new ConflictException("performance.plan.error.concurrent-change");
    }
    return store.find(plan.id()).orElseThrow();
  }

  /**
   * Takes lifecycle {@code action} (not {@link PlanAction#REVISE} or {@code CREATE}): approve by
   * the agency head, with the approval's reference if the agency records one; publish, start and
   * close by a quality officer.
   */
  @Transactional
  public Plan take(
      StaffPrincipal actor, long id, int version, PlanAction action, @Nullable String approvalRef) {
    Plan plan = get(actor, id);
    boolean allowed =
        action == PlanAction.APPROVE ? isHeadOf(actor, plan) : canManage(actor, plan.agencyCode());
    if (!allowed) {
      throw new ForbiddenException("performance.plan.error.forbidden");
    }
    PlanStatus next =
        plan.status()
            .after(action)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "performance.plan.error.transition", action.name(), plan.status().name()));
    Instant now = clock.instant();
    String ref = approvalRef == null || approvalRef.isBlank() ? null : approvalRef.strip();
    if (!store.move(id, version, next, actor.getUsername(), now, ref)) {
      throw new ConflictException("performance.plan.error.concurrent-change");
    }
    store.record(id, action, plan.revision(), ref, actor.getUsername(), now, null);
    return indexed(store.find(id).orElseThrow());
  }

  private boolean isHeadOf(StaffPrincipal actor, Plan plan) {
    return actor.has(Role.AGENCY_HEAD) && actor.agencyCode().value().equals(plan.agencyCode());
  }

  private Plan managed(StaffPrincipal actor, long id) {
    Plan plan = get(actor, id);
    requireManager(actor, plan.agencyCode());
    return plan;
  }

  private void requireManager(StaffPrincipal actor, String agency) {
    if (!canManage(actor, agency)) {
      throw new ForbiddenException("performance.plan.error.forbidden");
    }
  }

  /** The unit codes of {@code agency}. */
  Set<String> unitCodes(String agency) {
    return organisation.units(new AgencyCode(agency)).stream()
        .map(Unit::code)
        .collect(Collectors.toSet());
  }
}
