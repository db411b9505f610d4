// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.TooManyRequestsException;

/** Helpers shared by console forms: localized select options and domain errors as form errors. */
@Component
public class FormSupport {

  private final MessageSource messages;

  FormSupport(MessageSource messages) {
    this.messages = messages;
  }

  /** Options for an enum select: value = constant name, label = message {@code prefix + name}. */
  public <E extends Enum<E>> Map<String, String> enumOptions(
      Class<E> type, String prefix, Locale locale) {
    return enumOptions(type, value -> true, prefix, locale);
  }

  /** Options for the values of {@code type} that {@code offered} accepts, in declaration order. */
  public <E extends Enum<E>> Map<String, String> enumOptions(
      Class<E> type, java.util.function.Predicate<E> offered, String prefix, Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    for (E value : type.getEnumConstants()) {
      if (offered.test(value)) {
        options.put(value.name(), messages.getMessage(prefix + value.name(), null, locale));
      }
    }
    return options;
  }

  /** Options from any list, with an optional leading "none" option labelled by {@code noneKey}. */
  public <T> Map<String, String> options(
      Iterable<T> items,
      Function<T, String> value,
      Function<T, String> label,
      String noneKey,
      Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", messages.getMessage(noneKey, null, locale));
    items.forEach(item -> options.put(value.apply(item), label.apply(item)));
    return options;
  }

  /**
   * Stops a page from acting on a form that binding could not fill completely — a text the text
   * check refused (ADR 0027), a number that is not a number — so that nothing changes: the page's
   * usual error path then shows the field errors binding recorded, with a summary.
   *
   * @throws FormNotBound when {@code result} holds any error
   */
  public static void requireBound(BindingResult result) {
    if (result.hasErrors()) {
      throw new FormNotBound();
    }
  }

  /**
   * {@code raw} parsed by {@code parser}: {@code null} when blank, and when it does not parse, with
   * {@code errorCode} recorded on {@code field}. Form parameters of dates, months and the like are
   * read this one way.
   */
  public static <T> @Nullable T parse(
      String field,
      @Nullable String raw,
      Function<String, T> parser,
      String errorCode,
      BindingResult result) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parser.apply(raw.strip());
    } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
      result.rejectValue(field, errorCode);
      return null;
    }
  }

  /** A form with binding errors; its fields already carry them ("check the marked fields"). */
  public static final class FormNotBound extends InvalidInputException {
    FormNotBound() {
      super("error.fields.invalid");
    }
  }

  /**
   * Records a domain rule's failure on the form: next to its field, or for the whole form.
   *
   * @throws TooManyRequestsException {@code e} itself when it is one: a throttled request is no
   *     form error, its answer is the whole 429 page with Retry-After
   */
  public static void reject(DomainException e, BindingResult result) {
    if (e instanceof TooManyRequestsException tooMany) {
      throw tooMany;
    }
    if (e instanceof InvalidFields fields) {
      fields
          .problems()
          .forEach(
              p -> result.rejectValue(p.field(), p.messageKey(), p.arguments().toArray(), null));
      return;
    }
    String field = e.field();
    if (field != null && !field.isBlank()) {
      result.rejectValue(field, e.messageKey(), e.messageArguments(), null);
    } else {
      result.reject(e.messageKey(), e.messageArguments(), null);
    }
  }
}
