// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The reply templates of an agency (ADR 0041): kept by its administrator per category, or per §173
 * ground for closures, in Chinese or English; an officer replying to a case is offered the active
 * ones of its category (and those for any category) and the grounds', in the case's language.
 */
@Service
public class ReplyTemplates {

  /** The longest title. */
  public static final int TITLE_MAX = 100;

  private final JdbcClient jdbc;
  private final PetitionRules rules;
  private final Clock clock;

  ReplyTemplates(JdbcClient jdbc, PetitionRules rules, Clock clock) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * The active templates an officer replying to {@code petition} may start from: those of its
   * category or of none, and the grounds', in its language; answers first, then by title.
   */
  @Transactional(readOnly = true)
  public List<ReplyTemplate> offered(PetitionView petition) {
    return jdbc.sql(
            """
            select * from petition_reply_template
            where agency_code = ? and language = ? and active
              and (category_code is null or category_code = ?)
            order by ground nulls first, category_code nulls last, title, id
            """)
        .params(petition.agency().value(), Languages.tag(petition.language()), petition.category())
        .query(ReplyTemplates::template)
        .list();
  }

  /** Every template of {@code agency}, inactive ones too, for its administrator. */
  @Transactional(readOnly = true)
  public List<ReplyTemplate> all(AgencyCode agency) {
    return jdbc.sql(
            """
            select * from petition_reply_template where agency_code = ?
            order by language desc, ground nulls first, category_code nulls last, title, id
            """)
        .param(agency.value())
        .query(ReplyTemplates::template)
        .list();
  }

  /** Template {@code id} of {@code agency}, if there is one. */
  @Transactional(readOnly = true)
  public Optional<ReplyTemplate> find(AgencyCode agency, long id) {
    return jdbc.sql("select * from petition_reply_template where agency_code = ? and id = ?")
        .params(agency.value(), id)
        .query(ReplyTemplates::template)
        .optional();
  }

  /**
   * Stores {@code template} for {@code staff}'s agency — a new one when its id is 0 — as their
   * administrator.
   *
   * @return its id
   * @throws NotAdministrator when {@code staff} administers no agency's templates
   * @throws InvalidFields when the title or a text is blank or too long, or the category is not one
   *     of the agency's
   * @throws NotFoundException when template {@code id} is not the agency's
   */
  @Transactional
  public long save(StaffPrincipal staff, ReplyTemplate template) {
    requireAdministrator(staff, template.agency());
    check(template);
    Timestamp now = Timestamp.from(clock.instant());
    if (template.id() == 0) {
      return jdbc.sql(
              """
              insert into petition_reply_template (agency_code, category_code, ground, language,
                  title, handling, legal_basis, remedy, active, updated_by, updated_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
              """)
          .params(values(template, staff, now))
          .query(Long.class)
          .single();
    }
    Object[] values = values(template, staff, now);
    Object[] withId = java.util.Arrays.copyOf(values, values.length + 2);
    withId[values.length] = template.id();
    withId[values.length + 1] = template.agency().value();
    int updated =
        jdbc.sql(
                """
                update petition_reply_template set agency_code = ?, category_code = ?, ground = ?,
                    language = ?, title = ?, handling = ?, legal_basis = ?, remedy = ?, active = ?,
                    updated_by = ?, updated_at = ?, version = version + 1
                where id = ? and agency_code = ?
                """)
            .params(withId)
            .update();
    if (updated == 0) {
      throw new TemplateNotFound();
    }
    return template.id();
  }

  /** Whether {@code staff} keeps the templates of {@code agency}: its administrators. */
  public static boolean administers(StaffPrincipal staff, AgencyCode agency) {
    return staff.agencyCode().equals(agency)
        && (staff.has(Role.AGENCY_ADMIN) || staff.has(Role.SYSTEM_ADMIN));
  }

  private static void requireAdministrator(StaffPrincipal staff, AgencyCode agency) {
    if (!administers(staff, agency)) {
      throw new NotAdministrator();
    }
  }

  private void check(ReplyTemplate t) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    text(problems, "title", t.title(), TITLE_MAX, true);
    text(problems, "handling", t.handling(), PetitionReplies.PART_MAX, true);
    text(problems, "legalBasis", t.legalBasis(), PetitionReplies.PART_MAX, false);
    text(problems, "remedy", t.remedy(), PetitionReplies.PART_MAX, false);
    String category = t.category();
    if (category != null && rules.category(t.agency(), category).isEmpty()) {
      problems.add(new FieldProblem("category", "petitions.category.unknown", List.of()));
    }
    if (t.ground() == ClosureGround.UNSTATED) {
      problems.add(new FieldProblem("ground", "replies.ground.required", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private static void text(
      List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (required && value.isBlank()) {
      problems.add(new FieldProblem(field, "replies.template.required", List.of()));
    } else if (value.strip().length() > max) {
      problems.add(new FieldProblem(field, "replies.part.too-long", List.of(max)));
    }
  }

  private static Object[] values(ReplyTemplate t, StaffPrincipal staff, Timestamp now) {
    return new Object[] {
      t.agency().value(),
      t.category(),
      t.ground() == null ? null : t.ground().name(),
      Languages.tag(t.language()),
      t.title().strip(),
      t.handling().strip(),
      t.legalBasis().strip(),
      t.remedy().strip(),
      t.active(),
      staff.getUsername(),
      now
    };
  }

  private static ReplyTemplate template(ResultSet rs, int n) throws SQLException {
    String ground = rs.getString("ground");
    return new ReplyTemplate(
        rs.getLong("id"),
        AgencyCode.of(rs.getString("agency_code")),
        rs.getString("category_code"),
        ground == null ? null : ClosureGround.valueOf(ground),
        Locale.forLanguageTag(rs.getString("language")),
        rs.getString("title"),
        rs.getString("handling"),
        rs.getString("legal_basis"),
        rs.getString("remedy"),
        rs.getBoolean("active"));
  }

  /** Only an administrator of the agency keeps its reply templates. */
  public static class NotAdministrator extends ForbiddenException {
    NotAdministrator() {
      super("replies.template.forbidden");
    }
  }

  /** No such template at the agency. */
  public static class TemplateNotFound extends NotFoundException {
    TemplateNotFound() {
      super("replies.template.not-found");
    }
  }
}
