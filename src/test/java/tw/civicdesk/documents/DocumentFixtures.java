// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.documents.DocumentCommands.DocumentDraft;
import tw.civicdesk.documents.DocumentCommands.Upload;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;

/** Documents made through {@link Documents} as the agency's administrator. */
public final class DocumentFixtures {

  private DocumentFixtures() {}

  /** Today in Asia/Taipei by the application's clock. */
  public static LocalDate today(ApplicationContext context) {
    return LocalDate.now(context.getBean(Clock.class).withZone(Documents.TAIPEI));
  }

  /** A draft titled {@code title}, dated and published {@code publishOn}. */
  public static DocumentDraft draft(
      String title, DocumentCategory category, LocalDate publishOn, @Nullable LocalDate reviewOn) {
    return new DocumentDraft(
        category, new BilingualText(title, title + " (EN)"), publishOn, publishOn, reviewOn);
  }

  /** A regulation with one PDF, public since yesterday. */
  public static AgencyDocument published(
      ApplicationContext context, TestOrganisation.Setup agency, String title) {
    return context
        .getBean(Documents.class)
        .create(
            agency.as(Role.AGENCY_ADMIN),
            agency.code(),
            draft(title, DocumentCategory.REGULATION, today(context).minusDays(1), null),
            List.of(new Upload("規則.pdf", AttachmentSamples.PDF)));
  }
}
