// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.petitions.PetitionQuery;
import tw.civicdesk.petitions.PetitionView;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Improvement actions: the quality officer of an agency links a group of the agency's petitions to
 * a change of service (title, description, owning unit, due date) and tracks it from planned to
 * done. Contract: only the agency's quality officers record and change them ({@link
 * StatisticsAccess#mayManageActions}, else 403); every value is checked and every problem reported
 * at once — each petition must be one of the agency's, a done action has a done date not after
 * today and only a done action has one; a change applies only to the version read; every change
 * leaves an audit row ({@value #AUDIT_ACTION}).
 */
@Service
public class ImprovementActions {

  /** The audit action of every change here (docs/audit-events.md). */
  public static final String AUDIT_ACTION = "PETITION_IMPROVEMENT_CHANGED";

  /** The most petitions one action names. */
  public static final int MAX_CASES = 200;

  private final JdbcClient jdbc;
  private final Petitions petitions;
  private final Organisation organisation;
  private final AuditLog audit;
  private final Clock clock;

  ImprovementActions(
      JdbcClient jdbc,
      Petitions petitions,
      Organisation organisation,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.petitions = petitions;
    this.organisation = organisation;
    this.audit = audit;
    this.clock = clock;
  }

  /** {@code agency}'s actions, open ones first by due date, then the done ones latest first. */
  @Transactional(readOnly = true)
  public List<ImprovementAction> list(AgencyCode agency) {
    Map<Long, List<CaseNumber>> cases = new java.util.HashMap<>();
    jdbc.sql(
            """
            select c.improvement_id, c.case_number from petition_improvement_case c
            join petition_improvement i on i.id = c.improvement_id
            where i.agency_code = ? order by c.case_number
            """)
        .param(agency.value())
        .query(
            rs -> {
              cases
                  .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                  .add(new CaseNumber(rs.getString(2)));
            });
    return jdbc.sql(
            """
            select * from petition_improvement where agency_code = ?
            order by (status = 'DONE'), case when status = 'DONE' then null else due_on end,
                done_on desc, id
            """)
        .param(agency.value())
        .query((rs, n) -> action(rs, cases.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  /** One action of {@code agency}; empty when there is none with {@code id}. */
  @Transactional(readOnly = true)
  public Optional<ImprovementAction> find(AgencyCode agency, long id) {
    return list(agency).stream().filter(a -> a.id() == id).findFirst();
  }

  /** Records a new action for the actor's own agency; its id. */
  @Transactional
  public long create(StaffPrincipal actor, ImprovementDraft draft) {
    AgencyCode agency = actor.agencyCode();
    require(actor, agency);
    Checked checked = check(agency, draft);
    long id =
        jdbc.sql(
                """
                insert into petition_improvement (agency_code, title, description, owner_unit_id,
                    due_on, status, done_on, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(
                agency.value(),
                checked.title(),
                checked.description(),
                checked.unit(),
                Date.valueOf(checked.dueOn()),
                checked.status().name(),
                checked.doneOn() == null ? null : Date.valueOf(checked.doneOn()),
                actor.getUsername(),
                Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    link(id, checked.cases());
    record(actor, agency, id, "added;cases=" + checked.cases().size());
    return id;
  }

  /** Changes action {@code id} of the actor's agency, if it is still at {@code version}. */
  @Transactional
  public void update(StaffPrincipal actor, long id, ImprovementDraft draft, int version) {
    AgencyCode agency = actor.agencyCode();
    require(actor, agency);
    ImprovementAction before = find(agency, id).orElseThrow(ActionNotFound::new);
    Checked checked = check(agency, draft);
    int changed =
        jdbc.sql(
                """
                update petition_improvement set title = ?, description = ?, owner_unit_id = ?,
                    due_on = ?, status = ?, done_on = ?, updated_at = ?, version = version + 1
                where id = ? and agency_code = ? and version = ?
                """)
            .params(
                checked.title(),
                checked.description(),
                checked.unit(),
                Date.valueOf(checked.dueOn()),
                checked.status().name(),
                checked.doneOn() == null ? null : Date.valueOf(checked.doneOn()),
                Timestamp.from(clock.instant()),
                id,
                agency.value(),
                version)
            .update();
    if (changed != 1) {
      throw new ActionChanged();
    }
    jdbc.sql("delete from petition_improvement_case where improvement_id = ?").param(id).update();
    link(id, checked.cases());
    record(actor, agency, id, changes(before, checked));
  }

  private void require(StaffPrincipal actor, AgencyCode agency) {
    if (!StatisticsAccess.mayManageActions(actor, agency)) {
      throw new ForbiddenException("petition-admin.improvement.not-for-you");
    }
  }

  private void link(long id, List<CaseNumber> cases) {
    for (CaseNumber number : cases) {
      jdbc.sql("insert into petition_improvement_case values (?, ?)")
          .params(id, number.value())
          .update();
    }
  }

  private Checked check(AgencyCode agency, ImprovementDraft d) {
    ImprovementCheck check = new ImprovementCheck(LocalDate.now(clock));
    Set<Long> units = organisation.units(agency).stream().map(Unit::id).collect(Collectors.toSet());
    Checked checked = check.check(d, units);
    List<CaseNumber> known = known(agency, checked.cases());
    Set<CaseNumber> unknown = new LinkedHashSet<>(checked.cases());
    known.forEach(unknown::remove);
    check.unknownCases(unknown);
    check.done();
    return checked;
  }

  private List<CaseNumber> known(AgencyCode agency, List<CaseNumber> numbers) {
    List<CaseNumber> known = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i += PetitionQuery.MAX_LIMIT) {
      List<CaseNumber> part = numbers.subList(i, Math.min(numbers.size(), i + 1000));
      petitions
          .find(
              new PetitionQuery(
                  agency,
                  Set.of(),
                  Set.of(),
                  Set.of(),
                  Set.copyOf(part),
                  null,
                  null,
                  null,
                  false,
                  PetitionQuery.MAX_LIMIT))
          .stream()
          .map(PetitionView::number)
          .forEach(known::add);
    }
    return known;
  }

  private static String changes(ImprovementAction b, Checked a) {
    List<String> fields = new ArrayList<>();
    if (!b.title().equals(a.title()) || !b.description().equals(a.description())) {
      fields.add("text");
    }
    if (b.ownerUnitId() != a.unit()) {
      fields.add("unit");
    }
    if (!b.dueOn().equals(a.dueOn())) {
      fields.add("due");
    }
    if (b.status() != a.status() || !java.util.Objects.equals(b.doneOn(), a.doneOn())) {
      fields.add("status");
    }
    if (!Set.copyOf(b.cases()).equals(Set.copyOf(a.cases()))) {
      fields.add("cases");
    }
    return "fields="
        + (fields.isEmpty() ? "-" : String.join(",", fields))
        + ";status="
        + a.status();
  }

  private void record(StaffPrincipal actor, AgencyCode agency, long id, String detail) {
    audit.record(
        new AuditEvent(
            actor.getUsername(),
            agency.value(),
            AUDIT_ACTION,
            "PETITION_IMPROVEMENT",
            Long.toString(id),
            detail));
  }

  private static ImprovementAction action(java.sql.ResultSet rs, List<CaseNumber> cases)
      throws java.sql.SQLException {
    Date done = rs.getDate("done_on");
    return new ImprovementAction(
        rs.getLong("id"),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getLong("owner_unit_id"),
        rs.getDate("due_on").toLocalDate(),
        ImprovementStatus.valueOf(rs.getString("status")),
        done == null ? null : done.toLocalDate(),
        cases,
        rs.getInt("version"));
  }

  /** The draft as checked. */
  record Checked(
      String title,
      String description,
      long unit,
      LocalDate dueOn,
      ImprovementStatus status,
      @Nullable LocalDate doneOn,
      List<CaseNumber> cases) {}

  /** No action with that id at the caller's agency. */
  public static final class ActionNotFound extends NotFoundException {
    ActionNotFound() {
      super("petition-admin.improvement.not-found");
    }
  }

  /** Someone else changed the action since it was read. */
  public static final class ActionChanged extends ConflictException {
    ActionChanged() {
      super("petition-admin.error.concurrent");
    }
  }
}
