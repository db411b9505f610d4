// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tw.civicdesk.organisation.Agency;

/**
 * Writes an agency's announcements as an Atom 1.0 feed (RFC 4287), with a StAX writer so every text
 * is escaped. The feed has its {@code id}, {@code title}, {@code updated}, {@code link rel="self"}
 * and {@code rel="alternate"} and the agency as {@code author}; each entry its {@code id}, {@code
 * title}, {@code updated}, {@code published}, {@code link}, {@code summary}, {@code content} (plain
 * text) and {@code category}.
 *
 * <p>Ids are tag URIs (RFC 4151) that never change for the same thing: {@code
 * tag:<host>,2026:announcement/<id>} for an entry and {@code
 * tag:<host>,2026:agency/<code>/announcements[/<category>]} for a feed, the host being that of the
 * site's public address ({@code civicdesk.public-base-url}).
 */
final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";

  /** The year in every tag URI: when the site first minted them; it never changes. */
  static final String TAG_DATE = "2026";

  /** The longest summary, in characters, before it is cut with an ellipsis. */
  static final int SUMMARY = 200;

  private final String base;
  private final Clock clock;
  private final MessageSource messages;

  AtomFeed(String base, Clock clock, MessageSource messages) {
    this.base = base;
    this.clock = clock;
    this.messages = messages;
  }

  String write(
      Agency agency,
      @Nullable AnnouncementCategory category,
      List<Announcement> items,
      Locale locale) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang(locale));
      head(xml, agency, category, items, locale);
      String path = "/agencies/" + agency.code().value() + "/announcements";
      for (Announcement a : items) {
        entry(xml, a, path, locale);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("an in-memory XML writer does not fail", e);
    }
    return out.toString();
  }

  private void head(
      XMLStreamWriter xml,
      Agency agency,
      @Nullable AnnouncementCategory category,
      List<Announcement> items,
      Locale locale)
      throws XMLStreamException {
    String code = agency.code().value();
    String path = "/agencies/" + code + "/announcements";
    String name = agency.name().in(locale);
    text(
        xml,
        "id",
        tag("agency/" + code + "/announcements" + (category == null ? "" : "/" + category.slug())));
    text(xml, "title", title(name, category, locale));
    text(xml, "updated", time(updated(items)));
    link(
        xml,
        "self",
        "application/atom+xml",
        base + "/agencies/" + code + "/feed.atom" + query(category, locale));
    link(xml, "alternate", "text/html", base + path + query(category, locale));
    xml.writeStartElement("author");
    text(xml, "name", name);
    text(xml, "uri", base + "/agencies/" + code);
    xml.writeEndElement();
  }

  private void entry(XMLStreamWriter xml, Announcement a, String path, Locale locale)
      throws XMLStreamException {
    Instant published = java.util.Objects.requireNonNull(a.publishAt());
    Instant updated = a.updatedAt().isAfter(published) ? a.updatedAt() : published;
    List<String> paragraphs = a.paragraphs(locale);
    String body = String.join("\n\n", paragraphs);
    xml.writeStartElement("entry");
    if (a.chineseOnlyIn(locale)) {
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-TW");
    }
    text(xml, "id", tag("announcement/" + a.id()));
    text(xml, "title", a.titleIn(locale));
    text(xml, "updated", time(updated));
    text(xml, "published", time(published));
    link(xml, "alternate", "text/html", base + path + "/" + a.id() + query(null, locale));
    xml.writeEmptyElement("category");
    xml.writeAttribute("term", a.category().slug());
    xml.writeAttribute("label", label(a.category(), locale));
    xml.writeAttribute("scheme", base + path);
    textTyped(xml, "summary", summary(body));
    textTyped(xml, "content", body);
    xml.writeEndElement();
  }

  private String title(String agency, @Nullable AnnouncementCategory category, Locale locale) {
    return category == null
        ? messages.getMessage("announcements.feed.title", new Object[] {agency}, locale)
        : messages.getMessage(
            "announcements.feed.title.category",
            new Object[] {agency, label(category, locale)},
            locale);
  }

  private String label(AnnouncementCategory category, Locale locale) {
    return messages.getMessage("announcements.category." + category.name(), null, locale);
  }

  private Instant updated(List<Announcement> items) {
    return items.stream()
        .map(a -> a.updatedAt().isAfter(a.publishAt()) ? a.updatedAt() : a.publishAt())
        .max(Instant::compareTo)
        .orElse(clock.instant());
  }

  private String tag(String specific) {
    String host = base.isEmpty() ? "localhost" : URI.create(base).getHost();
    return "tag:" + (host == null ? "localhost" : host) + "," + TAG_DATE + ":" + specific;
  }

  private static String query(@Nullable AnnouncementCategory category, Locale locale) {
    String lang = "?lang=" + lang(locale);
    return category == null ? lang : lang + "&category=" + category.slug();
  }

  private static String lang(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "zh-TW";
  }

  static String summary(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= SUMMARY) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, SUMMARY)) + "…";
  }

  private static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void textTyped(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeAttribute("type", "text");
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
