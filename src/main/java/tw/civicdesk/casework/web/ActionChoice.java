// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tw.civicdesk.casework.CaseAction;

/**
 * One choice on the case page: a step the staff member may take now, the path segment that names it
 * ({@code ?action=decide}, {@code POST …/actions/decide}), the fields its form asks for, each once,
 * and whether it is irreversible and so asks for confirmation first. "Take" (認領) is {@link
 * CaseAction#ASSIGN} by a case officer for themselves; it asks for no officer.
 *
 * @param slug the path segment, e.g. {@code request-supplement} or {@code take}
 * @param action the step on the case
 * @param fields the form's fields in order
 */
record ActionChoice(String slug, CaseAction action, List<Field> fields) {

  /** The slug of taking a case for oneself. */
  static final String TAKE = "take";

  /** Steps that cannot be undone: the case page asks to check and confirm them first. */
  static final Set<CaseAction> IRREVERSIBLE =
      Set.of(
          CaseAction.DECIDE,
          CaseAction.CLOSE,
          CaseAction.WITHDRAW,
          CaseAction.TRANSFER,
          CaseAction.MERGE);

  /** What kind of input a field is. */
  enum Kind {
    TEXT,
    NUMBER,
    TEXTAREA,
    SELECT
  }

  /**
   * One field of an action form.
   *
   * @param labelKey the message key of its label
   * @param choices the model attribute holding a select's options (value → label), else empty
   * @param required whether it is marked required (the server checks either way)
   */
  record Field(String name, String labelKey, Kind kind, String choices, boolean required) {

    static Field text(String name, String labelKey, boolean required) {
      return new Field(name, labelKey, Kind.TEXTAREA, "", required);
    }

    static Field pick(String name, String labelKey, String choices) {
      return new Field(name, labelKey, Kind.SELECT, choices, true);
    }
  }

  /**
   * The message key naming the choice ({@code casework.action.DECIDE}, {@code
   * casework.action.take}).
   */
  public String labelKey() {
    return "casework.action." + (TAKE.equals(slug) ? slug : action.name());
  }

  /** Whether the form leads to a check-and-confirm step before anything changes. */
  public boolean confirmed() {
    return IRREVERSIBLE.contains(action);
  }

  /** Whether the form has a field named {@code name}. */
  public boolean has(String name) {
    return fields.stream().anyMatch(f -> f.name().equals(name));
  }

  /** The id of {@code field}'s input on the page, e.g. {@code DECIDE-reason}. */
  public String id(String field) {
    return action.name() + "-" + field;
  }

  /** The choice for {@code action} ({@code take} when {@code takes}), with its form's fields. */
  static ActionChoice of(CaseAction action, boolean takes, String limitUnit) {
    if (takes && action == CaseAction.ASSIGN) {
      return new ActionChoice(TAKE, action, List.of());
    }
    String slug = action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new ActionChoice(slug, action, fields(action, limitUnit));
  }

  /** The action a path segment names, if any ({@code take} names {@link CaseAction#ASSIGN}). */
  static Optional<CaseAction> parse(String slug) {
    if (TAKE.equalsIgnoreCase(slug)) {
      return Optional.of(CaseAction.ASSIGN);
    }
    for (CaseAction a : CaseAction.values()) {
      if (a.name().equalsIgnoreCase(slug.replace('-', '_'))) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static List<Field> fields(CaseAction action, String limitUnit) {
    Field reason = Field.text("reason", "casework.form.reason", true);
    return switch (action) {
      case ASSIGN -> List.of(Field.pick("officer", "casework.page.officer", "officerChoices"));
      case REQUEST_SUPPLEMENT ->
          List.of(
              Field.text("deficiencies", "casework.form.deficiencies", true),
              new Field(
                  SupplementPeriod.FIELD, "casework.form.supplement-days", Kind.NUMBER, "", true));
      case SUPPLY -> List.of(Field.text("note", "casework.form.note", false));
      case EXTEND ->
          List.of(
              new Field("amount", "casework.form.amount." + limitUnit, Kind.NUMBER, "", true),
              reason);
      case DECIDE ->
          List.of(
              Field.pick("outcome", "casework.form.outcome-label", "outcomeChoices"),
              reason,
              Field.text("remedy", "casework.form.remedy", false));
      case TRANSFER -> List.of(Field.pick("to", "casework.form.to", "agencyChoices"), reason);
      case REROUTE -> List.of(Field.pick("unitId", "casework.form.to-unit", "unitChoices"), reason);
      case WITHDRAW -> List.of(Field.text("reason", "casework.form.reason", false));
      case MERGE -> List.of(new Field("into", "casework.form.into", Kind.TEXT, "", true));
      case REQUEST_JOINT_HANDLING ->
          List.of(
              Field.pick("unitId", "casework.page.unit", "unitChoices"),
              new Field("amount", "casework.form.amount.WORKING_DAYS", Kind.NUMBER, "", true));
      case FOLLOW_UP, ANSWER_FOLLOW_UP ->
          List.of(Field.text("text", "casework.form.follow-up-text", true));
      default -> List.of();
    };
  }
}
