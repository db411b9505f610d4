// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The demo loader reads the shared demo format (docs/faq.md): categories, published and draft
 * entries, notes and SOP steps, related services of the agency (unknown ones dropped), an entry
 * with an unknown unit skipped; a second run adds nothing; published entries get demo votes.
 */
@IntegrationTest
class DemoFaqLoaderTests {

  @Autowired ApplicationContext context;
  @Autowired Faq faq;
  @Autowired FaqStore store;
  @Autowired FaqFeedback feedback;
  @Autowired Organisation organisation;
  @Autowired TransactionTemplate tx;

  @Test
  void aDemoFileLoadsOnceWithItsDraftsKeptPrivate() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FAQD", null);
    var service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    String json;
    try (InputStream in = getClass().getResourceAsStream("/faq/demo-test.json")) {
      json =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("@AGENCY@", agency.code().value());
    }
    DemoFaqLoader loader = new DemoFaqLoader(faq, store, feedback, organisation, tx);
    Integer first = tx.execute(s -> loader.loadJson(json));
    Integer second = tx.execute(s -> loader.loadJson(json));
    assertThat(first).isEqualTo(3);
    assertThat(second).isZero();

    assertThat(faq.categories(agency.code()))
        .extracting(c -> c.name().en())
        .containsExactly("Household registration", "Public facilities");
    var staff = agency.as(Role.COUNTER_CLERK);
    assertThat(faq.entries(staff, agency.code())).hasSize(3);
    assertThat(faq.published(agency.code()))
        .extracting(e -> e.code().value())
        .containsExactlyInAnyOrder(
            agency.code().value() + "-FAQ-STREETLIGHT", agency.code().value() + "-FAQ-TRANSCRIPT");
    var light = faq.forStaff(staff, new FaqCode(agency.code().value() + "-FAQ-STREETLIGHT"));
    assertThat(light.sop()).hasSize(2);
    assertThat(light.notesZh()).contains("113-07");
    assertThat(light.reviewOn()).isAfter(LocalDate.now().plusMonths(5));
    var transcript = faq.forStaff(staff, new FaqCode(agency.code().value() + "-FAQ-TRANSCRIPT"));
    assertThat(transcript.entry().services()).containsExactly(service.value());
    assertThat(feedback.anyFeedback(light.entry().code())).isTrue();
    assertThat(feedback.anyFeedback(new FaqCode(agency.code().value() + "-FAQ-NEWRULE"))).isFalse();
  }
}
