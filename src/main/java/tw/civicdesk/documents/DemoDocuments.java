// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.documents.DocumentCommands.DocumentDraft;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A handful of documents for 礁溪鄉公所 and 鳳山第一戶政 ({@code demo} profile): a regulation, this year's
 * budget, last year's report and a brochure, each with a small generated PDF; one published ahead
 * (next week) and one past its review date, so both show. Dated from the injected clock.
 * Idempotent: an agency with any document is left alone.
 */
@Component
@Profile("demo")
class DemoDocuments {

  private record Demo(
      DocumentCategory category,
      String zh,
      String en,
      int daysAgo,
      int publishedDaysAgo,
      @Nullable Integer reviewDaysAgo) {}

  private static final List<Demo> DEMOS =
      List.of(
          new Demo(
              DocumentCategory.REGULATION,
              "公所為民服務工作實施要點",
              "Rules of counter service",
              400,
              390,
              10),
          new Demo(DocumentCategory.BUDGET, "本年度總預算書", "Budget of this year", 60, 50, null),
          new Demo(
              DocumentCategory.REPORT,
              "上年度為民服務成果報告",
              "Report on last year's services",
              300,
              290,
              null),
          new Demo(DocumentCategory.PUBLICATION, "為民服務白皮書", "Service white paper", 3, -7, null));

  private final DocumentStore store;
  private final Organisation organisation;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoDocuments(
      DocumentStore store, Organisation organisation, TransactionTemplate tx, Clock clock) {
    this.store = store;
    this.organisation = organisation;
    this.tx = tx;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  void load() {
    tx.executeWithoutResult(status -> loadAll());
  }

  void loadAll() {
    LocalDate today = LocalDate.now(clock.withZone(Documents.TAIPEI));
    for (String code : List.of("YILAN-JIAOXI", "KH-FENGSHAN-HR1")) {
      AgencyCode agency = new AgencyCode(code);
      var found = organisation.agency(agency);
      if (found.isEmpty() || !store.byAgency(agency).isEmpty()) {
        continue;
      }
      for (Demo d : DEMOS) {
        DocumentDraft draft =
            new DocumentDraft(
                d.category(),
                new BilingualText(d.zh(), d.en()),
                today.minusDays(d.daysAgo()),
                today.minusDays(d.publishedDaysAgo()),
                d.reviewDaysAgo() == null ? null : today.minusDays(d.reviewDaysAgo()));
        long id = store.insert(agency, draft, clock.instant());
        byte[] pdf = pdf(found.get().name().en() + " - " + d.en() + " (demo)");
        var inspected =
            ContentInspection.inspect(
                d.en() + ".pdf",
                pdf,
                org.springframework.util.unit.DataSize.ofMegabytes(1),
                (refusal, mb) -> new DocumentNotFound());
        store.insertFile(id, inspected, pdf, clock.instant());
      }
    }
  }

  /** A one-page PDF with {@code text} in a standard font (no embedded CJK font needed). */
  static byte[] pdf(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document();
    try {
      PdfWriter.getInstance(pdf, out);
      pdf.open();
      pdf.add(new Paragraph(text));
      pdf.add(new Paragraph("CivicDesk demonstration document."));
    } catch (DocumentException e) {
      throw new IllegalStateException("a one-page PDF is always writable", e);
    } finally {
      pdf.close();
    }
    return out.toByteArray();
  }
}
