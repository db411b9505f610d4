// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.links.LinkViews.Check;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.IndicatorProvider;

/**
 * The weekly link check against a web site on the loopback ({@link LinkTestServer}): each kind of
 * answer comes out right (good, 404, 500, a redirect chain to good, a loop, a page slower than the
 * timeout, a server that refuses HEAD); a link is marked broken on the second failed check in a
 * row, not the first; its owner is told once however often it fails; a good answer ends the spell;
 * {@code links.broken} counts the spells by day.
 */
@IntegrationTest
class LinkCheckTests {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

  @Autowired ApplicationContext context;
  @Autowired LinkCheck check;
  @Autowired Links links;
  @Autowired StaffNotices notices;
  @Autowired List<IndicatorProvider> providers;

  private LinkTestServer site;

  @BeforeEach
  void startSite() {
    site = LinkTestServer.start();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private Check checked(TestOrganisation.Setup agency, String path) {
    Link link =
        LinkFixtures.link(
            context, agency, LinkKind.RELATED_SITES, path, site.url(path), MONDAY, null);
    return check.checkOne(link.id(), MONDAY).orElseThrow();
  }

  @Test
  void eachKindOfAnswerComesOutRight() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("LKA", null);

    Check good = checked(agency, "/good");
    assertThat(good.problem()).isNull();
    assertThat(good.status()).isEqualTo(200);
    assertThat(good.finalUrl()).isEqualTo(site.url("/good"));
    assertThat(good.redirects()).isEmpty();
    assertThat(good.checkedAt()).isNotNull();

    Check missing = checked(agency, "/missing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.problem()).isEqualTo("HTTP_ERROR");
    assertThat(missing.failures()).isEqualTo(1);

    Check error = checked(agency, "/broken");
    assertThat(error.status()).isEqualTo(500);
    assertThat(error.problem()).isEqualTo("HTTP_ERROR");

    Check chain = checked(agency, "/chain-1");
    assertThat(chain.problem()).isNull();
    assertThat(chain.status()).isEqualTo(200);
    assertThat(chain.redirects())
        .containsExactly(site.url("/chain-2"), site.url("/chain-3"), site.url("/good"));
    assertThat(chain.finalUrl()).isEqualTo(site.url("/good"));

    Check loop = checked(agency, "/loop-a");
    assertThat(loop.problem()).isEqualTo("REDIRECT_LOOP");
    assertThat(loop.redirects()).containsExactly(site.url("/loop-b"), site.url("/loop-a"));

    Check slow = checked(agency, "/slow");
    assertThat(slow.problem()).isEqualTo("TIMEOUT");
    assertThat(slow.status()).isNull();

    Check noHead = checked(agency, "/no-head");
    assertThat(noHead.problem()).isNull();
    assertThat(noHead.status()).isEqualTo(200);

    // HEAD first; GET only where HEAD was refused or failed with a server error.
    assertThat(site.requests())
        .containsSubsequence("HEAD /good", "HEAD /missing", "HEAD /broken", "GET /broken")
        .containsSubsequence("HEAD /no-head", "GET /no-head")
        .doesNotContain("GET /good", "GET /missing", "GET /slow");
  }

  @Test
  void aLinkIsBrokenOnTheSecondFailedCheckInARowAndItsOwnerIsToldOnce() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("LKB", null);
    String owner = agency.username(Role.UNIT_HEAD);
    Link link =
        LinkFixtures.link(
            context, agency, LinkKind.DISASTER, "防災資訊網", site.url("/switch"), MONDAY, owner);
    IndicatorProvider broken = provider("links.broken");
    String a = agency.code().value();
    assertThat(broken.value(a, MONDAY, MONDAY)).contains(BigDecimal.ZERO);

    Check first = check.checkOne(link.id(), MONDAY).orElseThrow();
    assertThat(first.failures()).isEqualTo(1);
    assertThat(first.broken()).isFalse();
    assertThat(linkNotices(owner)).isZero();
    assertThat(links.broken(agency.as(Role.QUALITY_OFFICER), agency.code())).isEmpty();

    LocalDate week2 = MONDAY.plusWeeks(1);
    Check second = check.checkOne(link.id(), week2).orElseThrow();
    assertThat(second.failures()).isEqualTo(2);
    assertThat(second.brokenSince()).isEqualTo(week2);
    assertThat(linkNotices(owner)).isOne();
    assertThat(links.broken(agency.as(Role.QUALITY_OFFICER), agency.code()))
        .extracting(Link::id)
        .containsExactly(link.id());

    LocalDate week3 = MONDAY.plusWeeks(2);
    Check third = check.checkOne(link.id(), week3).orElseThrow();
    assertThat(third.failures()).isEqualTo(3);
    assertThat(third.brokenSince()).isEqualTo(week2);
    assertThat(linkNotices(owner)).as("told once for the spell").isOne();

    site.answer(200);
    LocalDate week4 = MONDAY.plusWeeks(3);
    Check mended = check.checkOne(link.id(), week4).orElseThrow();
    assertThat(mended.broken()).isFalse();
    assertThat(mended.failures()).isZero();
    assertThat(links.broken(agency.as(Role.QUALITY_OFFICER), agency.code())).isEmpty();

    assertThat(broken.value(a, MONDAY, MONDAY)).contains(BigDecimal.ZERO);
    assertThat(broken.value(a, MONDAY, week2)).contains(BigDecimal.ONE);
    assertThat(broken.value(a, MONDAY, week3)).contains(BigDecimal.ONE);
    assertThat(broken.value(a, MONDAY, week4)).contains(BigDecimal.ZERO);
    assertThat(broken.measure()).isEqualTo("個");
    assertThat(broken.higherIsBetter()).isFalse();
    assertThat(broken.source().zh()).contains("連續兩次");
  }

  @Test
  void aLinkWithoutANamedOwnerIsToldToTheHeadsOfItsUnitAndTheWholeRunCountsNewlyBrokenLinks() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("LKC", null);
    LinkFixtures.link(
        context, agency, LinkKind.RELATED_SITES, "壞連結", site.url("/missing"), MONDAY, null);
    String head = agency.username(Role.UNIT_HEAD);
    int before = linkNotices(head);
    check.checkAll(MONDAY);
    int marked = check.checkAll(MONDAY.plusWeeks(1));
    assertThat(marked).isGreaterThanOrEqualTo(1);
    assertThat(linkNotices(head)).isEqualTo(before + 1);
    assertThat(provider("links.broken").value(agency.code().value(), MONDAY, MONDAY.plusWeeks(1)))
        .contains(BigDecimal.ONE);
  }

  @Test
  void anAgencyWithoutLinksHasNoBrokenLinkFigure() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("LKD", null);
    assertThat(provider("links.broken").value(agency.code().value(), MONDAY, MONDAY)).isEmpty();
  }

  private int linkNotices(String username) {
    return (int)
        notices.inbox(username, 500).stream()
            .filter(n -> n.kind() == StaffNoticeKind.LINK_BROKEN)
            .count();
  }

  private IndicatorProvider provider(String code) {
    return providers.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }
}
