// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import tw.civicdesk.platform.i18n.Languages;

/**
 * Renders messages from the Thymeleaf templates under {@code templates/notification/} in the
 * recipient's language (texts from the {@code i18n/notification} bundle): an HTML part and a
 * plain-text part with the same content.
 */
@Component
class MessageRendering {

  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final NotificationSettings settings;

  MessageRendering(ITemplateEngine templates, MessageSource messages,
      NotificationSettings settings) {
    this.templates = templates;
    this.messages = messages;
    this.settings = settings;
  }

  /** A rendered e-mail. */
  record Rendered(String subject, String text, String html) {}

  /** The receipt e-mail: case number, verification code, due date, tracking link, next steps. */
  Rendered receipt(ReceiptNotice notice) {
    Locale language = Languages.normalise(notice.language());
    Context context = new Context(language);
    context.setVariable("notice", notice);
    context.setVariable("due", formatted(notice, language));
    context.setVariable("trackUrl", trackUrl(notice.caseNumber(), language));
    context.setVariable("lang", Languages.htmlLang(language));
    String subject = messages.getMessage("notification.receipt.subject",
        new Object[] {notice.caseNumber()}, language);
    context.setVariable("subject", subject);
    String html = templates.process(new TemplateSpec("notification/receipt", TemplateMode.HTML),
        context);
    String text = templates.process(
        new TemplateSpec("notification/receipt.txt", TemplateMode.TEXT), context);
    return new Rendered(subject, text, html);
  }

  private static @Nullable String formatted(ReceiptNotice notice, Locale language) {
    return notice.dueDate() == null ? null
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
            .format(notice.dueDate());
  }

  /** The tracking page for {@code number}, in {@code language}; the code is not in the link. */
  private String trackUrl(String number, Locale language) {
    return settings.publicBaseUrl() + "/track?number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&lang=" + Languages.tag(language);
  }
}
