// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The reply to a petition or report (C7, ADR 0041): the officer writes the concrete handling
 * (具體處理情形) and its legal basis (法規依據) in plain language as separate parts — each required where the
 * kind's rule says so ({@link KindRule#replyRequires()}) — and the reply's text is composed from
 * them in the case's language ({@link PetitionView#language()}) and decided through case work, so
 * that it goes to the petitioner through notification and shows on the tracking page. A closure
 * without processing (§173 / 要點 point 14) names its ground, which is stored and counted ({@link
 * #closures}); a case decided elsewhere (the JSON API) is registered too, its ground {@link
 * ClosureGround#UNSTATED}.
 */
@Service
public class PetitionReplies {

  /** The longest part of a reply, in characters. */
  public static final int PART_MAX = 4000;

  private final CaseWork cases;
  private final Petitions petitions;
  private final PetitionRules rules;
  private final ReplyComposer composer;
  private final JdbcClient jdbc;
  private final Clock clock;

  PetitionReplies(
      CaseWork cases,
      Petitions petitions,
      PetitionRules rules,
      ReplyComposer composer,
      JdbcClient jdbc,
      Clock clock) {
    this.cases = cases;
    this.petitions = petitions;
    this.rules = rules;
    this.composer = composer;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The reply as checked and composed, before it is sent.
   *
   * @param text the composed reply, the decision's public note
   */
  public record Composed(PetitionReply reply, PetitionView petition, String text) {}

  /**
   * Checks {@code reply} as {@link #reply} would and composes its text, changing nothing; for the
   * check-and-confirm page.
   *
   * @throws CaseWork.CaseNotFound when the case is out of {@code staff}'s reach or no petition
   * @throws InvalidFields with every problem of the reply's parts at once
   */
  @Transactional(readOnly = true)
  public Composed check(StaffPrincipal staff, PetitionReply reply) {
    cases.summary(reply.number(), staff);
    PetitionView petition = petitions.view(reply.number()).orElseThrow(CaseWork.CaseNotFound::new);
    KindRule rule = rules.rule(petition.agency(), petition.kind()).orElse(null);
    List<FieldProblem> problems = new ArrayList<>();
    if (!petition.kind().allows(reply.outcome()) || reply.outcome() == Decision.REJECTED) {
      problems.add(new FieldProblem("outcome", "replies.outcome.required", List.of()));
    }
    boolean closing = reply.outcome() == Decision.NOT_PROCESSED;
    if (closing && (reply.ground() == null || reply.ground() == ClosureGround.UNSTATED)) {
      problems.add(new FieldProblem("ground", "replies.ground.required", List.of()));
    }
    String handling = part("handling", reply.handling(), !closing, rule, problems);
    String basis = part("legalBasis", reply.legalBasis(), !closing, rule, problems);
    String remedy = part("remedy", reply.remedy(), !closing, rule, problems);
    if (handling.isEmpty() && basis.isEmpty() && remedy.isEmpty() && problems.isEmpty()) {
      problems.add(new FieldProblem("handling", "replies.handling.required", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    String text =
        composer.compose(
            reply.outcome(),
            closing ? reply.ground() : null,
            handling,
            basis,
            remedy,
            petition.language());
    return new Composed(reply, petition, text);
  }

  /**
   * Decides the case with the composed reply as {@code staff} ({@link CaseWork#decide}: the case in
   * progress, a case officer or unit head) and stores its parts and ground.
   *
   * @throws InvalidFields as {@link #check}
   * @throws tw.civicdesk.platform.error.DomainException what {@link CaseWork#decide} throws
   */
  @Transactional
  public CaseWork.Stepped reply(StaffPrincipal staff, PetitionReply reply) {
    Composed composed = check(staff, reply);
    PetitionView p = composed.petition();
    jdbc.sql(
            """
            insert into petition_reply (case_number, agency_code, kind, category_code, outcome,
                ground, handling, legal_basis, remedy, template_id, language, replied_by,
                replied_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            p.number().value(),
            p.agency().value(),
            p.kind().name(),
            p.category(),
            reply.outcome().name(),
            reply.outcome() == Decision.NOT_PROCESSED ? reply.ground().name() : null,
            strip(reply.handling()),
            strip(reply.legalBasis()),
            strip(reply.remedy()),
            reply.templateId(),
            Languages.tag(p.language()),
            staff.getUsername(),
            Timestamp.from(clock.instant()))
        .update();
    return cases.decide(
        staff,
        new CaseCommand.Decide(
            reply.number(), reply.version(), reply.outcome(), composed.text(), null));
  }

  /** A case of these kinds decided without the reply form is registered all the same. */
  @EventListener
  void on(CaseEvents.CaseStepTaken step) {
    if (step.action() != CaseAction.DECIDE
        || step.kind().needsService()
        || step.decision() == null) {
      return;
    }
    jdbc.sql(
            """
            insert into petition_reply (case_number, agency_code, kind, category_code, outcome,
                ground, handling, language, replied_by, replied_at)
            select case_number, agency_code, kind, category_code, ?, ?, ?, language, ?, ?
            from petition_case where case_number = ?
            on conflict (case_number) do nothing
            """)
        .params(
            step.decision().name(),
            step.decision() == Decision.NOT_PROCESSED ? ClosureGround.UNSTATED.name() : null,
            step.step().publicNote() == null ? "" : step.step().publicNote(),
            step.step().who(),
            Timestamp.from(step.step().at()),
            step.number().value())
        .update();
  }

  /** The stored reply of {@code number}: its outcome and ground; empty before it is decided. */
  @Transactional(readOnly = true)
  public Optional<Stored> stored(CaseNumber number) {
    return jdbc.sql("select outcome, ground from petition_reply where case_number = ?")
        .param(number.value())
        .query(
            (rs, i) ->
                new Stored(
                    Decision.valueOf(rs.getString(1)),
                    rs.getString(2) == null ? null : ClosureGround.valueOf(rs.getString(2))))
        .optional();
  }

  /** A reply as stored: its outcome and, for a closure, its ground. */
  public record Stored(Decision outcome, @Nullable ClosureGround ground) {}

  /**
   * The closures without processing at {@code agency} replied on days {@code from} to {@code to}
   * inclusive (Taiwan time), counted by ground; every ground is present, 0 where none.
   */
  @Transactional(readOnly = true)
  public Map<ClosureGround, Integer> closures(AgencyCode agency, LocalDate from, LocalDate to) {
    ZoneId taipei = ZoneId.of("Asia/Taipei");
    Map<ClosureGround, Integer> counts = new EnumMap<>(ClosureGround.class);
    for (ClosureGround g : ClosureGround.values()) {
      counts.put(g, 0);
    }
    jdbc.sql(
            """
            select ground, count(*) from petition_reply
            where agency_code = ? and ground is not null and replied_at >= ? and replied_at < ?
            group by ground
            """)
        .params(
            agency.value(),
            Timestamp.from(from.atStartOfDay(taipei).toInstant()),
            Timestamp.from(to.plusDays(1).atStartOfDay(taipei).toInstant()))
        .query(
            rs -> {
              counts.put(ClosureGround.valueOf(rs.getString(1)), rs.getInt(2));
            });
    return counts;
  }

  private static String part(
      String field,
      @Nullable String value,
      boolean answer,
      @Nullable KindRule rule,
      List<FieldProblem> sink) {
    String stripped = strip(value);
    KindRule.ReplyPart required =
        switch (field) {
          case "handling" -> KindRule.ReplyPart.HANDLING;
          case "legalBasis" -> KindRule.ReplyPart.LEGAL_BASIS;
          default -> KindRule.ReplyPart.REMEDY;
        };
    if (stripped.length() > PART_MAX) {
      sink.add(new FieldProblem(field, "replies.part.too-long", List.of(PART_MAX)));
    } else if (stripped.isEmpty()
        && answer
        && rule != null
        && rule.replyRequires().contains(required)) {
      sink.add(new FieldProblem(field, "replies." + field + ".required", List.of()));
    }
    return stripped;
  }

  private static String strip(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
