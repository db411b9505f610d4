// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.opendata.OpenData;
import tw.civicdesk.opendata.Periodicity;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The open-data pages — the list, the list for one agency, a dataset with a chart and suppressed
 * cells, a dataset with nothing counted for the agency — pass axe-core in both languages at desktop
 * and phone size without scrolling sideways; the chart is drawn from the table and a left-out cell
 * reads "—" with its reason for a screen reader.
 */
@IntegrationTest
class OpenDataBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired OpenData openData;

  @Test
  void everyOpenDataPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("ODB", null);
    // In the last closed month, so that whatever other suites built, this agency is in the latest.
    LocalDate day = Periodicity.MONTHLY.lastClosed(openData.today()).from().plusDays(2);
    CaseWork work = CaseWorkAt.of(context, ManualClock.on(day.toString()));
    Map<String, Integer> filings =
        Map.of("A-ONLINE", 7, "A-COUNTER", 1, "B-ONLINE", 4, "B-COUNTER", 5);
    filings.forEach(
        (cell, n) -> {
          String[] parts = cell.split("-");
          IntStream.range(0, n)
              .forEach(
                  i ->
                      work.file(
                          CaseCommand.File.application(
                              Channel.valueOf(parts[1]),
                              agency.code(),
                              agency.unit().id(),
                              new ServiceCode(agency.code().value() + "-" + parts[0]),
                              1,
                              TimeLimit.workingDays(5),
                              day,
                              null,
                              null,
                              Map.of(),
                              agency.username(Role.COUNTER_CLERK))));
        });
    openData.refresh(openData.today());
    String a = agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("list", "/open-data");
    pages.put("list-agency", "/open-data?agency=" + a);
    pages.put("cases", "/open-data/cases-monthly?agency=" + a);
    pages.put("petitions", "/open-data/petitions-monthly?agency=" + a);
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
          screenshot("opendata-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
        }
      }
    }
    atDesktopSize();
    browser.get(url("/open-data/cases-monthly?lang=en&agency=" + a));
    assertThat(browser.findElement(By.cssSelector("canvas.chart")).getAttribute("data-drawn"))
        .isEqualTo("true");
    assertThat(browser.findElements(By.cssSelector("td.suppressed"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("td.suppressed")).getText())
        .contains("—")
        .contains("left out to protect privacy");
  }

  @Test
  void theAgencyPageAndTheFooterLinkToOpenData() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("ODL", null);
    browser.get(url("/agencies/" + agency.code().value() + "?lang=zh-TW"));
    assertThat(
            browser.findElements(
                By.cssSelector(
                    ".agency-sections a[href='/open-data?agency=" + agency.code().value() + "']")))
        .hasSize(1);
    assertThat(browser.findElements(By.cssSelector("footer a[href='/open-data']"))).hasSize(1);
  }
}
