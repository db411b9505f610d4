// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.proposals.ProposalCommands;
import tw.civicdesk.proposals.ProposalFixtures;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalStatus;
import tw.civicdesk.proposals.ProposalViews.MeetingKind;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * The proposal pages — console list, new proposal, a proposal under review (score and decision
 * forms), an adopted one (assignment, progress, publication), criteria, panel, meetings, a meeting,
 * figures; the public accountability page, a published proposal and the citizens' form — pass
 * axe-core in both languages at desktop and phone size without scrolling sideways.
 */
@IntegrationTest
class ProposalBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired ProposalSetup setup;

  @Test
  void everyProposalPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRB", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    f.panel();
    setup.setPanelMember(f.officer(), agency.code(), agency.username(Role.QUALITY_OFFICER), true);
    setup.setCitizenFormOpen(f.officer(), agency.code(), true);
    var meeting =
        setup.saveMeeting(
            f.officer(),
            new ProposalCommands.SaveMeeting(
                agency.code(),
                LocalDate.of(2026, 3, 2),
                MeetingKind.DISTRICT_AFFAIRS,
                "三月份區務會議",
                "區長",
                List.of("推動線上預約", "加強里幹事巡查")));
    Proposal review = f.scored(f.submitted("臨櫃表單預填服務"), 70);
    Proposal adopted = f.through("跨機關電子查驗", ProposalStatus.ADOPTED, false, null);
    adopted = f.published(adopted);
    String a = agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("console-list", "/console/proposals");
    pages.put("console-new", "/console/proposals/new");
    pages.put("console-review", "/console/proposals/" + review.number().value());
    pages.put("console-adopted", "/console/proposals/" + adopted.number().value());
    pages.put("criteria", "/console/proposals/criteria");
    pages.put("panel", "/console/proposals/panel");
    pages.put("meetings", "/console/proposals/meetings");
    pages.put("meeting", "/console/proposals/meetings/" + meeting.id());
    pages.put("figures", "/console/proposals/figures");
    pages.put("public-list", "/agencies/" + a + "/proposals");
    pages.put("public-proposal", "/agencies/" + a + "/proposals/" + adopted.number().value());
    pages.put("public-form", "/agencies/" + a + "/proposals/new");
    signIn(agency.username(Role.QUALITY_OFFICER));
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
          screenshot("proposals-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2 * 2 * pages.size());
    atDesktopSize();
  }
}
