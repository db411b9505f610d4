// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
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
 * Renders messages in the recipient's language (texts from the {@code i18n/notification} bundle):
 * an e-mail as an HTML part and a plain-text part with the same content, from the Thymeleaf
 * templates under {@code templates/notification/}; an SMS as one plain text with its number of
 * parts ({@link SmsText}).
 */
@Component
class MessageRendering {

  /** The sentence before the post-case survey's link in an SMS (i18n/survey-pages). */
  static final String SURVEY_SMS = "survey-pages.notice.sms";

  /** The sentence before the post-case survey's link in an e-mail (i18n/survey-pages). */
  static final String SURVEY_MAIL = "survey-pages.notice.mail";

  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final MessageLinks links;

  MessageRendering(ITemplateEngine templates, MessageSource messages, MessageLinks links) {
    this.templates = templates;
    this.messages = messages;
    this.links = links;
  }

  /**
   * A rendered message.
   *
   * @param subject {@code null} for SMS
   * @param html {@code null} for SMS
   * @param segments the SMS parts it takes, {@code null} for e-mail
   */
  record Rendered(
      @Nullable String subject, String text, @Nullable String html, @Nullable Integer segments) {

    /** The same message, its SMS parts counted with {@code secret} in place of the placeholder. */
    Rendered countedWith(String secret) {
      return segments == null
          ? this
          : new Rendered(
              subject,
              text,
              html,
              SmsText.segments(text.replace(MessageSecret.PLACEHOLDER, secret)));
    }
  }

  /**
   * The receipt: case number, verification code, due date, tracking link, next steps. The code is
   * rendered as {@link MessageSecret#PLACEHOLDER}; the dispatcher derives it when sending.
   */
  Rendered receipt(ReceiptNotice notice, NoticeChannel channel) {
    Locale language = Languages.normalise(notice.language());
    String due =
        notice.dueDate() == null
            ? messages.getMessage("notification.receipt.due.none", null, language)
            : date(notice.dueDate(), language);
    String trackUrl = trackUrl(notice.caseNumber(), language);
    if (channel == NoticeChannel.SMS) {
      // Without a known address the SMS names the page instead of linking it.
      return sms(
          messages.getMessage(
              "notification.receipt.sms",
              new Object[] {
                notice.caseNumber(),
                MessageSecret.PLACEHOLDER,
                due,
                trackUrl == null ? "/track" : trackUrl
              },
              language));
    }
    Context context =
        context(
            language,
            messages.getMessage(
                "notification.receipt.subject", new Object[] {notice.caseNumber()}, language));
    context.setVariable("notice", notice);
    context.setVariable("code", MessageSecret.PLACEHOLDER);
    context.setVariable("due", due);
    context.setVariable("trackUrl", trackUrl);
    return mail(context, "notification/receipt");
  }

  /** Any other notice, from its kind's texts, details and link. */
  Rendered notice(Notice notice) {
    Locale language = Languages.normalise(notice.language());
    Object[] args = formatted(notice.args(), language);
    String prefix = "notification." + notice.kind().key();
    String survey = notice.survey();
    if (notice.channel() == NoticeChannel.SMS) {
      String text = messages.getMessage(prefix + ".sms", args, language);
      text = notice.link() == null ? text : text + " " + notice.link();
      return sms(
          survey == null
              ? text
              : text + " " + messages.getMessage(SURVEY_SMS, null, language) + survey);
    }
    Context context = context(language, messages.getMessage(prefix + ".subject", args, language));
    context.setVariable("lead", messages.getMessage(prefix + ".lead", args, language));
    context.setVariable("details", notice.details());
    context.setVariable("link", notice.link());
    context.setVariable(
        "survey", survey == null ? null : messages.getMessage(SURVEY_MAIL, null, language));
    context.setVariable("surveyLink", survey);
    return mail(context, "notification/notice");
  }

  /**
   * The tracking page for {@code number}, in {@code language}; the code is not in the link. {@code
   * null} when no site address is known ({@link MessageLinks#link}).
   */
  @Nullable String trackUrl(String number, Locale language) {
    return links.link(
        "/track?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&lang="
            + Languages.tag(language));
  }

  /**
   * The page rating how petition {@code number} was handled, the number filled in (never the code);
   * or {@code null} when no site address is known.
   */
  @Nullable String ratingUrl(String number, Locale language) {
    return links.link(
        "/petitions/rating?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&lang="
            + Languages.tag(language));
  }

  /**
   * The post-case survey page with {@code number} filled in (never the code); or {@code null} when
   * no site address is known.
   */
  @Nullable String postCaseSurveyUrl(String number, Locale language) {
    return links.link(
        "/surveys/case?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&lang="
            + Languages.tag(language));
  }

  /** The supplement page with {@code number} filled in (never the code); or {@code null}. */
  @Nullable String supplementUrl(String number, Locale language) {
    return links.link(
        "/supplements?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&lang="
            + Languages.tag(language));
  }

  /** A day as the recipient reads it, e.g. 2026年12月4日 or December 4, 2026. */
  static String date(LocalDate day, Locale language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day);
  }

  private static Object[] formatted(List<Object> args, Locale language) {
    List<Object> out = new ArrayList<>(args.size());
    for (Object arg : args) {
      out.add(arg instanceof LocalDate day ? date(day, language) : arg);
    }
    return out.toArray();
  }

  private static Context context(Locale language, String subject) {
    Context context = new Context(language);
    context.setVariable("lang", Languages.htmlLang(language));
    context.setVariable("subject", subject);
    return context;
  }

  private Rendered mail(Context context, String template) {
    String html = templates.process(new TemplateSpec(template, TemplateMode.HTML), context);
    String text =
        templates.process(new TemplateSpec(template + ".txt", TemplateMode.TEXT), context);
    return new Rendered((String) context.getVariable("subject"), text, html, null);
  }

  private static Rendered sms(String text) {
    return new Rendered(null, text, null, SmsText.segments(text));
  }
}
