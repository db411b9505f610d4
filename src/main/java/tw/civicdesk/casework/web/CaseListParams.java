// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseQuery.Cursor;
import tw.civicdesk.casework.CaseQuery.Filter;
import tw.civicdesk.casework.CaseQuery.Sort;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Turns the typed {@link CaseListForm} into a {@link CaseQuery}. Each malformed value is recorded
 * on its field (a localized message, shown next to the field) and the query is not made.
 */
final class CaseListParams {

  static final int DEFAULT_SIZE = 20;

  private CaseListParams() {}

  /** The query the form asks for, or empty when {@code result} now holds field errors. */
  static Optional<CaseQuery> parse(StaffPrincipal staff, CaseListForm form, BindingResult result) {
    CaseQuery.View view =
        blank(form.getView())
            ? CaseQuery.View.defaultFor(staff)
            : value(CaseQuery.View.class, form.getView(), "view", result);
    if (view != null && !CaseQuery.View.allowedFor(staff).contains(view)) {
      result.rejectValue("view", "casework.list.error.view");
    }
    Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    for (String raw : form.getStatus()) {
      CaseStatus s = blank(raw) ? null : value(CaseStatus.class, raw, "status", result);
      if (s != null) {
        statuses.add(s);
      }
    }
    Filter filter =
        new Filter(
            statuses,
            service(form.getService(), result),
            blank(form.getChannel())
                ? null
                : value(Channel.class, form.getChannel(), "channel", result),
            date(form.getDueBy(), "dueBy", result),
            overdue(form.getOverdue(), result));
    Sort sort =
        blank(form.getSort()) ? Sort.DUE : value(Sort.class, form.getSort(), "sort", result);
    Cursor after = sort == null ? null : cursor(form, sort, result);
    int size = size(form.getSize(), result);
    if (result.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new CaseQuery(staff, view, filter, sort, after, size));
  }

  private static @Nullable ServiceCode service(@Nullable String raw, BindingResult result) {
    if (blank(raw)) {
      return null;
    }
    if (!ServiceCode.isValid(raw)) {
      result.rejectValue("service", "casework.list.error.service");
      return null;
    }
    return ServiceCode.of(raw);
  }

  private static boolean overdue(@Nullable String raw, BindingResult result) {
    if (blank(raw) || raw.equals("false")) {
      return false;
    }
    if (!raw.equals("true")) {
      result.rejectValue("overdue", "casework.list.error.overdue");
    }
    return true;
  }

  private static @Nullable Cursor cursor(CaseListForm form, Sort sort, BindingResult result) {
    if (blank(form.getAfter())) {
      return null;
    }
    Optional<CaseNumber> number = CaseNumber.parse(form.getAfter());
    LocalDate key = sort == Sort.NUMBER ? null : quietDate(form.getKey());
    if (number.isEmpty() || (sort != Sort.NUMBER && key == null)) {
      result.reject("casework.list.error.cursor");
      return null;
    }
    return new Cursor(key, number.get());
  }

  private static int size(@Nullable String raw, BindingResult result) {
    if (blank(raw)) {
      return DEFAULT_SIZE;
    }
    try {
      int size = Integer.parseInt(raw.strip());
      if (size >= 1 && size <= CaseQuery.MAX_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below as a field error
    }
    result.rejectValue("size", "casework.list.error.size", new Object[] {CaseQuery.MAX_SIZE}, null);
    return DEFAULT_SIZE;
  }

  private static @Nullable LocalDate date(
      @Nullable String raw, String field, BindingResult result) {
    if (blank(raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      result.rejectValue(field, "casework.list.error.date");
      return null;
    }
  }

  private static @Nullable LocalDate quietDate(@Nullable String raw) {
    try {
      return blank(raw) ? null : LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> @Nullable E value(
      Class<E> type, String raw, String field, BindingResult result) {
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      result.rejectValue(field, "casework.list.error." + field);
      return null;
    }
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
