// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.opendata.OpenData;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;

/**
 * The dataset page names what the files carry as codes: a published service by its name, an
 * agency's petition category by the agency's own name for it, a channel or a kind by the bundle,
 * the totals as 合計; a code nobody names stays as it is.
 */
@IntegrationTest
class CodeNamesTests {

  private static final Locale ZH = Locale.forLanguageTag("zh-TW");

  @Autowired ApplicationContext context;
  @Autowired CodeNames names;
  @Autowired OpenData openData;

  @Test
  void codesAreNamedByTheCatalogueTheAgencysCategoriesAndTheBundles() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("OCN", null);
    String service = CatalogueFixtures.publishLowIncomeCertificate(context, agency).value();
    PetitionFixtures.open(context, agency);
    String code = agency.code().value();

    assertThat(
            names.of(
                openData.dataset("cases-monthly"),
                code,
                List.of(service, "COUNTER", "TOTAL", code + "-NEVER-PUBLISHED"),
                ZH))
        .containsEntry(service, "低收入戶證明申請")
        .containsEntry("COUNTER", "臨櫃辦理")
        .containsEntry("TOTAL", "合計")
        .containsEntry(code + "-NEVER-PUBLISHED", code + "-NEVER-PUBLISHED");
    assertThat(
            names.of(
                openData.dataset("petitions-monthly"),
                code,
                List.of("street-light", "FACILITY_REPORT"),
                Locale.ENGLISH))
        .containsEntry("FACILITY_REPORT", "Public-facility reports")
        .containsEntry("street-light", "Street light out");
  }
}
