// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;
import tw.civicdesk.platform.input.TextProblem;

/**
 * Checks a link as written (every problem at once, under the field names of {@link
 * LinkCommands.Save}, in form order): a list, a Chinese title, an address by {@link LinkAddress}, a
 * unit of the agency, an owner who is staff of the agency (or none), a review date.
 */
final class LinkEntryCheck {

  private final List<FieldProblem> problems = new ArrayList<>();

  private LinkEntryCheck() {}

  /**
   * The content to store.
   *
   * @param staff the usernames of the agency's staff
   * @throws InvalidFields with every problem found
   */
  static LinkStore.Content check(
      LinkCommands.Save s, List<Unit> units, Set<String> staff, boolean allowPrivate) {
    return new LinkEntryCheck().run(s, units, staff, allowPrivate);
  }

  private LinkStore.Content run(
      LinkCommands.Save s, List<Unit> units, Set<String> staff, boolean allowPrivate) {
    require(s.kind() != null, "kind", "links.kind.required");
    String tZh = line("titleZh", s.titleZh(), true);
    String tEn = line("titleEn", s.titleEn(), false);
    String url = url(s.url(), allowPrivate);
    String dZh = text("descriptionZh", s.descriptionZh());
    String dEn = text("descriptionEn", s.descriptionEn());
    require(dEn.isEmpty() || !dZh.isEmpty(), "descriptionZh", "links.descriptionZh.required");
    require(s.position() >= 0 && s.position() <= 9999, "position", "links.position.range");
    Long unitId = s.ownerUnitId();
    require(
        unitId != null && units.stream().anyMatch(u -> u.id() == unitId),
        "ownerUnitId",
        "links.owner-unit.choose");
    String owner = s.ownerUsername() == null ? "" : s.ownerUsername().strip();
    require(owner.isEmpty() || staff.contains(owner), "ownerUsername", "links.owner.unknown");
    require(s.reviewOn() != null, "reviewOn", "links.review.required");
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return new LinkStore.Content(
        Objects.requireNonNull(s.kind()),
        new BilingualText(tZh, tEn),
        url,
        dZh.isEmpty() ? null : new BilingualText(dZh, dEn),
        s.position(),
        Objects.requireNonNull(unitId),
        owner.isEmpty() ? null : owner,
        Objects.requireNonNull(s.reviewOn()));
  }

  private String url(@Nullable String raw, boolean allowPrivate) {
    String v = raw == null ? "" : raw.strip();
    if (!checked("url", v, TextKind.LINE, LinkAddress.MAX_LENGTH)) {
      return "";
    }
    LinkAddress.Parsed parsed = LinkAddress.parse(v, allowPrivate);
    if (!parsed.ok()) {
      problems.add(new FieldProblem("url", Objects.requireNonNull(parsed.problem()), List.of()));
      return "";
    }
    return parsed.uri().toString();
  }

  private String line(String field, @Nullable String value, boolean required) {
    String v = value == null ? "" : value.strip();
    if (!checked(field, v, TextKind.LINE, LinkCommands.MAX_TITLE)) {
      return "";
    }
    require(!required || !v.isEmpty(), field, "links." + field + ".required");
    return v;
  }

  private String text(String field, @Nullable String value) {
    String v = value == null ? "" : value.strip();
    return checked(field, v, TextKind.TEXT, LinkCommands.MAX_DESCRIPTION) ? v : "";
  }

  private boolean checked(String field, String value, TextKind kind, int max) {
    Optional<TextProblem> problem = TextCheck.problem(value, kind, max);
    problem.ifPresent(
        p ->
            problems.add(
                new FieldProblem(
                    field, p.messageKey(), p == TextProblem.TOO_LONG ? List.of(max) : List.of())));
    return problem.isEmpty();
  }

  private void require(boolean ok, String field, String key) {
    if (!ok) {
      problems.add(new FieldProblem(field, key, List.of()));
    }
  }
}
