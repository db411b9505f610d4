// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The read side behind {@link CaseWork}: turns stored cases into the views other modules get
 * ({@link CaseViews}), never the aggregate. Reads only; checks nobody's reach unless a method says
 * so — the facade's Javadoc states who may call what.
 */
@Component
@Transactional(readOnly = true)
public class CaseReads {

  private final CaseEngine engine;
  private final CaseList lists;
  private final CaseFacts facts;
  private final RunningClocks running;
  private final FollowUpLog followUps;
  private final CaseRelations relations;

  CaseReads(
      CaseEngine engine,
      CaseList lists,
      CaseFacts facts,
      RunningClocks running,
      FollowUpLog followUps,
      CaseRelations relations) {
    this.relations = relations;
    this.engine = engine;
    this.lists = lists;
    this.facts = facts;
    this.running = running;
    this.followUps = followUps;
  }

  /** How cases relate through their applicants and merges ({@link CaseRelations}). */
  public CaseRelations relations() {
    return relations;
  }

  public Optional<Case> find(CaseNumber number) {
    try {
      return Optional.of(engine.get(number, number.agency()));
    } catch (CaseWork.CaseNotFound e) {
      return Optional.empty();
    }
  }

  /** The public view of {@code c}: public notes only, the applicant's name masked. */
  public CaseViews.PublicCase publicCase(Case c) {
    List<CaseViews.PublicStep> steps = new ArrayList<>();
    for (HistoryEntry h : c.history()) {
      steps.add(new CaseViews.PublicStep(h.action(), h.to(), h.at(), h.publicNote(), h.supplyBy()));
    }
    return new CaseViews.PublicCase(
        c.number(),
        c.kind(),
        c.service(),
        c.status(),
        c.decision(),
        engine.dueDate(c),
        engine.maskedApplicantName(c.number()).orElse(null),
        steps);
  }

  public CaseViews.Summary summary(Case c) {
    return new CaseViews.Summary(
        c.number(),
        c.kind(),
        c.agency(),
        c.unitId(),
        c.channel(),
        c.service(),
        c.status(),
        c.clock().received(),
        c.clock().limit(),
        engine.dueDate(c),
        c.officer(),
        c.history().get(0).actor().who());
  }

  public Optional<CaseViews.Lookup> lookUp(CaseNumber number, Predicate<AgencyCode> mayLookUp) {
    return find(number)
        .filter(c -> mayLookUp.test(c.agency()))
        .map(
            c ->
                new CaseViews.Lookup(
                    publicCase(c),
                    c.agency(),
                    c.unitId(),
                    c.officer(),
                    c.channel(),
                    c.clock().received(),
                    c.links(),
                    engine.children(c.number(), c.agency()),
                    c.history()));
  }

  public CaseQuery.Page list(CaseQuery query) {
    return lists.page(query);
  }

  public boolean anyCase() {
    return facts.any();
  }

  public List<CaseViews.Fact> facts(String after, int limit) {
    return facts.after(after, limit);
  }

  public List<CaseViews.RunningCase> running(String after, int limit, int part, int parts) {
    return running.after(after, limit, part, parts);
  }

  public int unansweredFollowUps(StaffPrincipal viewer) {
    if (!FollowUpLog.mayView(viewer)) {
      return 0;
    }
    return followUps
        .entries(viewer, new FollowUpLog.Filter(null, null, null, FollowUpLog.Answered.NO))
        .size();
  }
}
