// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An audit entry's {@code detail} ({@code docs/audit-events.md}) in words for the console: {@code
 * read=applicant,field:site;purpose=case-handling;roles=CASE_OFFICER} becomes "讀取：申請人資料、 表單欄位
 * site；用途：辦理案件；角色：承辦人". Every part it knows is said in the reader's language; a part it does not
 * know is shown as stored, so nothing recorded is ever hidden. Pure text work: the detail holds
 * identifiers only, never personal data.
 */
@Component
class AuditDetailText {

  private final MessageSource messages;

  AuditDetailText(MessageSource messages) {
    this.messages = messages;
  }

  /** {@code detail} in words in {@code locale}; empty text for none. */
  String of(@Nullable String detail, Locale locale) {
    return of(detail, locale, java.util.Map.of());
  }

  /**
   * {@code detail} in words in {@code locale}, an agency code (the case's {@code owner}) said by
   * its name in {@code agencyNames} when there is one; empty text for none.
   */
  String of(
      @Nullable String detail,
      Locale locale,
      java.util.Map<String, tw.civicdesk.platform.i18n.BilingualText> agencyNames) {
    if (detail == null || detail.isBlank()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String part : detail.split(";")) {
      parts.add(part(named(part, locale, agencyNames), locale));
    }
    return String.join(msg("audit.detail.part-separator", locale), parts);
  }

  private static String named(
      String part,
      Locale locale,
      java.util.Map<String, tw.civicdesk.platform.i18n.BilingualText> agencyNames) {
    if (part.startsWith("owner=") && agencyNames.containsKey(part.substring(6))) {
      return "owner=" + agencyNames.get(part.substring(6)).in(locale);
    }
    return part;
  }

  private String part(String part, Locale locale) {
    int eq = part.indexOf('=');
    if (eq < 0) {
      return known("audit.detail." + part, locale).orElse(part);
    }
    String key = part.substring(0, eq);
    String value = part.substring(eq + 1);
    String said =
        switch (key) {
          case "read" -> list(value, item -> readItem(item, locale), locale);
          case "purpose" -> word("audit.detail.purpose.", value, locale);
          case "roles" -> list(value, role -> word("organisation.role.", role, locale), locale);
          case "fields" -> list(value, field -> word("audit.detail.field.", field, locale), locale);
          case "changed" -> changed(value, locale);
          case "channel" -> word("catalogue.channel.", value, locale);
          case "notify-by" -> word("intake.notify.", value, locale);
          default -> value;
        };
    return known("audit.detail.part." + key, locale, said).orElse(part);
  }

  private String readItem(String item, Locale locale) {
    int colon = item.indexOf(':');
    if (colon < 0) {
      return word("audit.detail.read.", item, locale);
    }
    String kind = item.substring(0, colon);
    return known("audit.detail.read." + kind, locale, item.substring(colon + 1)).orElse(item);
  }

  /** {@code applicant:name,email} or {@code contact:email}: whose data, and which fields. */
  private String changed(String value, Locale locale) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return word("audit.detail.changed.", value, locale);
    }
    String fields =
        list(
            value.substring(colon + 1),
            field -> word("audit.detail.field.", field, locale),
            locale);
    return known("audit.detail.changed." + value.substring(0, colon), locale, fields).orElse(value);
  }

  private String list(String values, Function<String, String> say, Locale locale) {
    List<String> said = new ArrayList<>();
    for (String value : values.split(",")) {
      said.add(say.apply(value));
    }
    return String.join(msg("audit.detail.list-separator", locale), said);
  }

  private String word(String prefix, String value, Locale locale) {
    return known(prefix + value, locale).orElse(value);
  }

  private java.util.Optional<String> known(String key, Locale locale, Object... args) {
    return java.util.Optional.ofNullable(messages.getMessage(key, args, null, locale));
  }

  private String msg(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
