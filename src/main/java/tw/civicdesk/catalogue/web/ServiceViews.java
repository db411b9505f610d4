// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.FormFile;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.catalogue.ServicePage;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.platform.api.TextView;

/** The JSON shapes of the catalogue API; the domain never goes on the wire. */
final class ServiceViews {

  private ServiceViews() {}

  /**
   * A processing period. {@code unit} is {@code HOURS}, {@code WORKING_DAYS} or {@code
   * CALENDAR_DAYS} for a published period; a service without one has the statutory two months
   * (行政程序法 §51②): {@code {"amount": 2, "unit": "MONTHS", "statutoryDefault": true}}.
   */
  record TimeLimitView(int amount, String unit, boolean statutoryDefault) {
    static TimeLimitView of(ServiceContent content) {
      TimeLimit limit = content.effectiveTimeLimit();
      return new TimeLimitView(limit.amount(), limit.unit().name(), !content.timeLimitPublished());
    }
  }

  /** One service in a list. */
  record ServiceSummary(
      String code,
      String agencyCode,
      long unitId,
      int version,
      TextView name,
      TextView summary,
      String category,
      List<Channel> channels,
      TimeLimitView timeLimit,
      @Nullable Instant updatedAt) {
    static ServiceSummary of(ServiceVersion v) {
      ServiceContent c = v.content();
      return new ServiceSummary(
          v.code().value(),
          v.agency().value(),
          v.unitId(),
          v.version(),
          TextView.of(c.name()),
          TextView.of(c.summary()),
          c.category().name(),
          c.channels().stream().sorted().toList(),
          TimeLimitView.of(c),
          v.publishedAt());
    }
  }

  /** A page of services. */
  record ServiceListPage(
      List<ServiceSummary> items, int page, int size, long total, int totalPages) {
    static ServiceListPage of(ServicePage page) {
      return new ServiceListPage(
          page.items().stream().map(ServiceSummary::of).toList(),
          page.page(),
          page.size(),
          page.total(),
          page.totalPages());
    }
  }

  /** A required document. */
  record DocumentView(TextView name, boolean electronicallyVerifiable) {}

  /** A downloadable form. */
  record FormView(
      String kind,
      TextView title,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String url) {
    static FormView of(String code, FormFile f) {
      return new FormView(
          f.kind().name(),
          TextView.of(f.title()),
          f.fileName(),
          f.contentType(),
          f.size(),
          f.sha256(),
          "/services/" + code + "/files/" + f.fileId());
    }
  }

  /** One option of a {@code CHOICE} field: the value to send, and what the applicant reads. */
  record ChoiceView(String value, TextView label) {}

  /**
   * A field of the online application form. {@code type} is {@code TEXT}, {@code NUMBER}, {@code
   * DATE} ({@code yyyy-MM-dd}), {@code CHOICE}, {@code ADDRESS} or {@code NATIONAL_ID}; {@code
   * choices} is empty except for {@code CHOICE}.
   */
  record FieldView(
      String name, String type, boolean required, TextView label, List<ChoiceView> choices) {
    static FieldView of(FormField f) {
      return new FieldView(
          f.name(),
          f.type().name(),
          f.required(),
          TextView.of(f.label()),
          f.choices().stream()
              .map(c -> new ChoiceView(c.value(), TextView.of(c.label())))
              .toList());
    }
  }

  /** The fee in New Taiwan dollars. */
  record FeeView(int amount, @Nullable TextView note) {}

  /** One published service in full. */
  record ServiceDetail(
      String code,
      String agencyCode,
      long unitId,
      int version,
      TextView name,
      TextView summary,
      TextView description,
      String category,
      TextView legalBasis,
      List<TextView> steps,
      List<DocumentView> documents,
      List<FormView> forms,
      FeeView fee,
      List<Channel> channels,
      TimeLimitView timeLimit,
      @Nullable Instant updatedAt,
      List<FieldView> fields) {
    static ServiceDetail of(ServiceVersion v) {
      ServiceContent c = v.content();
      String code = v.code().value();
      return new ServiceDetail(
          code,
          v.agency().value(),
          v.unitId(),
          v.version(),
          TextView.of(c.name()),
          TextView.of(c.summary()),
          TextView.of(c.description()),
          c.category().name(),
          TextView.of(c.legalBasis()),
          c.steps().stream().map(s -> TextView.of(s.text())).toList(),
          c.documents().stream()
              .map(d -> new DocumentView(TextView.of(d.name()), d.electronicallyVerifiable()))
              .toList(),
          c.forms().stream().map(f -> FormView.of(code, f)).toList(),
          new FeeView(c.fee().amount(), TextView.ofNullable(c.fee().note())),
          c.channels().stream().sorted().toList(),
          TimeLimitView.of(c),
          v.publishedAt(),
          c.fields().stream().map(FieldView::of).toList());
    }
  }
}
