// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.documents.DocumentCommands.Upload;
import tw.civicdesk.organisation.AgencyProfile;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.PublicText;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitContact;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The agency's site section — its public page with profile and duties, the organisation chart, the
 * documents list and the personal-data page, and the console's profile, unit, documents and
 * document forms — pass axe-core in both languages at desktop and phone size without scrolling
 * sideways; each has one h1, and the chart is a nested list a screen reader walks.
 */
@IntegrationTest
class AgencySiteBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired OrganisationAdministration administration;
  @Autowired Documents documents;

  @Test
  void everySitePagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws Exception {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup parent = orgs.agency("SBRP", null);
    TestOrganisation.Setup agency = orgs.agency("SBR", parent.code());
    Unit unit = agency.unit();
    orgs.unit(agency, "SOCIAL");
    administration.updateUnit(
        agency.as(Role.AGENCY_ADMIN),
        unit.id(),
        new UnitDraft(
            unit.code(),
            unit.name(),
            unit.kind(),
            new UnitContact(
                new PublicText(
                    "辦理村里行政、兵役、調解及民俗宗教業務。", "Village affairs, military service and mediation."),
                "03-988-0000 #201",
                "civil@sbr.example.gov.tw",
                new PublicText("週一至週六 08:00–17:00", "Monday to Saturday 08:00–17:00"))),
        unit.version());
    administration.updateProfile(
        agency.as(Role.AGENCY_ADMIN),
        new AgencyProfile(
            agency.code(),
            new PublicText(
                "本所秉持便民、效率、親切的理念服務鄉親。\n本所設民政課、社會課。", "We serve with care.\nWe have two sections."),
            new PublicText("掌理本鄉自治事項及上級委辦事項。", "Self-government and delegated tasks."),
            "service@sbr.example.gov.tw",
            new PublicText(
                "本所依個人資料保護法蒐集姓名及聯絡方式，以辦理申請案件。",
                "We collect names and contacts to handle applications."),
            new PublicText("秘書室 個資窗口", "Secretariat, personal data contact"),
            "privacy@sbr.example.gov.tw",
            "03-988-0000 #100",
            0));
    AgencyDocument budget =
        documents.create(
            agency.as(Role.AGENCY_ADMIN),
            agency.code(),
            DocumentFixtures.draft(
                "本年度總預算書", DocumentCategory.BUDGET, DocumentFixtures.today(context), null),
            List.of(
                new Upload("總預算書.pdf", tw.civicdesk.casework.AttachmentSamples.PDF),
                new Upload("附表.pdf", tw.civicdesk.casework.AttachmentSamples.PDF)));
    DocumentFixtures.published(context, agency, "為民服務工作實施要點");
    String a = "/agencies/" + agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("agency", a);
    pages.put("organisation", a + "/organisation");
    pages.put("documents", a + "/documents");
    pages.put("documents-filtered", a + "/documents?category=BUDGET");
    pages.put("privacy", a + "/privacy");
    pages.put("privacy-empty", "/agencies/" + parent.code().value() + "/privacy");
    pages.put("console-agency", "/console/agencies/" + agency.code().value());
    pages.put("console-profile", "/console/agencies/" + agency.code().value() + "/profile");
    pages.put("console-unit", "/console/units/" + unit.id() + "/edit");
    pages.put("console-documents", "/console/documents");
    pages.put("console-document-new", "/console/documents/new");
    pages.put("console-document-edit", "/console/documents/" + budget.id() + "/edit");
    signIn(agency.username(Role.AGENCY_ADMIN));
    int checked = 0;
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      String size = phone ? "phone" : "desktop";
      for (String lang : List.of("zh-TW", "en")) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          String path = page.getValue();
          browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
          String name = path + " " + lang + " " + size;
          screenshot("site-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2 * 2 * pages.size());
    browser.get(url(a + "/organisation?lang=zh-TW"));
    assertThat(browser.findElements(By.cssSelector("ul.org-chart > li > ul > li")))
        .as("the agency's two units, one level below it")
        .hasSize(2);
    atDesktopSize();
  }
}
