// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Keyset paging, property style: cases with random due and received dates (many ties, some without
 * a due date), paged three at a time in every order, come out each exactly once and in order.
 */
@IntegrationTest
class CaseListPagingTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;

  TestOrganisation.Setup agency;
  Set<String> filed;

  @BeforeEach
  void casesWithRandomDates() {
    CaseListFixtures fixtures = new CaseListFixtures(context);
    agency = TestOrganisation.from(context).agency("LIST", null);
    Random random = new Random(20260213L);
    List<CaseNumber> cases = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      CaseNumber c =
          fixtures.file(
              agency,
              agency.unit().id(),
              "LIST-SERVICE",
              Channel.ONLINE,
              TimeLimit.calendarDays(1 + random.nextInt(5)),
              random.nextInt(4));
      if (random.nextInt(5) == 0) {
        fixtures.awaitingSupplement(agency, c, agency.as(Role.CASE_OFFICER));
      }
      cases.add(c);
    }
    filed = cases.stream().map(CaseNumber::value).collect(Collectors.toSet());
  }

  @Test
  void everyCaseComesExactlyOnceAndInOrderAcrossPagesOfThreeInEverySort() {
    StaffPrincipal admin = agency.as(Role.AGENCY_ADMIN);
    for (CaseQuery.Sort sort : CaseQuery.Sort.values()) {
      List<CaseQuery.Row> seen = new ArrayList<>();
      CaseQuery.Cursor after = null;
      int pages = 0;
      do {
        CaseQuery.Page page =
            work.list(
                new CaseQuery(admin, CaseQuery.View.ALL, CaseQuery.Filter.NONE, sort, after, 3));
        assertThat(page.rows()).hasSizeLessThanOrEqualTo(3);
        seen.addAll(page.rows());
        after = page.next();
        pages++;
      } while (after != null && pages < 100);
      assertThat(seen).as(sort.name()).hasSize(filed.size());
      assertThat(seen.stream().map(r -> r.number().value()).collect(Collectors.toSet()))
          .as(sort.name())
          .isEqualTo(filed);
      assertThat(seen).as(sort.name()).isSortedAccordingTo(order(sort));
    }
  }

  @Test
  void theNextLinkOfThePageWalksTheWholeListExactlyOnce() throws Exception {
    List<String> seen = new ArrayList<>();
    String url = "/console/cases?view=ALL&size=3";
    int pages = 0;
    while (url != null && pages++ < 100) {
      Document page =
          Jsoup.parse(
              mvc.perform(get(url).with(user(agency.as(Role.AGENCY_ADMIN))))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      seen.addAll(CaseListTests.numbers(page));
      String next = page.select("a[rel=next]").attr("href");
      url = next.isEmpty() ? null : next;
    }
    assertThat(seen).hasSize(filed.size()).containsExactlyInAnyOrderElementsOf(filed);
  }

  private static Comparator<CaseQuery.Row> order(CaseQuery.Sort sort) {
    Comparator<CaseQuery.Row> byNumber = Comparator.comparing(r -> r.number().value());
    return switch (sort) {
      case DUE ->
          Comparator.comparing(
                  (CaseQuery.Row r) -> r.dueDate() == null ? CaseQuery.NO_DUE_DATE : r.dueDate())
              .thenComparing(byNumber);
      case RECEIVED ->
          Comparator.comparing(CaseQuery.Row::receivedOn, LocalDate::compareTo)
              .thenComparing(byNumber);
      case NUMBER -> byNumber;
    };
  }
}
