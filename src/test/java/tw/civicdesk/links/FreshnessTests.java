// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.faq.FaqFixtures;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.content.ReviewedContent.Item;

/**
 * The content-freshness report asks every {@code ReviewedContent} bean: published FAQ entries and
 * links past their review date are listed, oldest first, each with its console page; drafts, items
 * not yet due and other agencies' items are not; {@code content.past-review} counts the same items;
 * staff without the report's roles are refused as "not found".
 */
@IntegrationTest
class FreshnessTests {

  @Autowired ApplicationContext context;
  @Autowired Freshness freshness;
  @Autowired List<IndicatorProvider> providers;

  @Test
  void publishedFaqEntriesAndLinksPastReviewAreListedOldestFirstAndCounted() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FRA", null);
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("FRB", null);
    LocalDate today = LocalDate.now();
    // FAQ fixtures are due for review a year from today.
    var entry = FaqFixtures.published(context, agency, "OLD", "路燈不亮要找誰？");
    FaqFixtures.draft(context, agency, "DRAFT", "草稿不該出現？");
    FaqFixtures.published(context, other, "OTHER", "別的機關的問答？");
    LocalDate day = today.plusYears(1).plusDays(1);
    Link old =
        LinkFixtures.link(
            context, agency, LinkKind.DISASTER, "颱風動態", "https://www.cwa.gov.tw/", today, null);
    LinkFixtures.link(
        context,
        agency,
        LinkKind.RELATED_SITES,
        "尚未到期",
        "https://www.gov.tw/",
        day.plusDays(1),
        null);

    List<Item> items = freshness.report(agency.as(Role.QUALITY_OFFICER), agency.code(), day);

    assertThat(items).extracting(i -> i.title().zh()).containsExactly("颱風動態", "路燈不亮要找誰？");
    assertThat(items.get(0).kind().zh()).isEqualTo("防災專區連結");
    assertThat(items.get(0).consoleUrl()).isEqualTo("/console/links/" + old.id() + "/edit");
    assertThat(items.get(1).kind().en()).isEqualTo("FAQ entry");
    assertThat(items.get(1).consoleUrl())
        .isEqualTo("/console/faq/" + entry.entry().code().value() + "/edit");
    assertThat(items.get(1).reviewOn()).isEqualTo(today.plusYears(1));

    IndicatorProvider past =
        providers.stream()
            .filter(p -> p.code().equals("content.past-review"))
            .findFirst()
            .orElseThrow();
    assertThat(past.value(agency.code().value(), today, day)).contains(BigDecimal.valueOf(2));
    assertThat(past.value(agency.code().value(), today, today)).contains(BigDecimal.ZERO);
    assertThat(past.value(agency.code().value(), today, today.plusDays(1)))
        .contains(BigDecimal.ONE);
    assertThat(past.measure()).isEqualTo("項");
    assertThat(past.higherIsBetter()).isFalse();
    assertThat(past.value("NO-SUCH", today, day)).isEmpty();
  }

  @Test
  void onlyQualityOfficersHeadsAndAdministratorsOfTheAgencyReadTheReport() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FRC", null);
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("FRD", null);
    LocalDate day = LocalDate.now();
    for (Role role : List.of(Role.QUALITY_OFFICER, Role.AGENCY_HEAD, Role.AGENCY_ADMIN)) {
      assertThat(freshness.report(agency.as(role), agency.code(), day)).as(role.name()).isEmpty();
    }
    assertThatThrownBy(() -> freshness.report(agency.as(Role.CASE_OFFICER), agency.code(), day))
        .isInstanceOf(Links.LinkNotFound.class);
    assertThatThrownBy(() -> freshness.report(other.as(Role.QUALITY_OFFICER), agency.code(), day))
        .isInstanceOf(Links.LinkNotFound.class);
  }
}
