// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/** The calendar pages of the console: the import upload and an agency's closure days. */
@IntegrationTest
class CalendarConsoleTests {

  /** A Wednesday in 2026 that is a working day nationally. */
  static final LocalDate TYPHOON_DAY = LocalDate.of(2026, 7, 8);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("CALWEB", null);
  }

  private String stored() {
    return jdbc.sql(
            "select count(*) || ':' || sum(case when holiday then 1 else 0 end)"
                + " from calendar_day")
        .query(String.class)
        .single();
  }

  @Test
  void aBrokenCalendarFileIsRefusedWithLineNumberedErrorsAndChangesNothing() throws Exception {
    String before = stored();
    byte[] bad =
        "\uFEFF西元日期,星期,是否放假,備註\r\n20270104,二,0,\r\n20270105,二,5,\r\n"
            .getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/console/calendar/import")
                .file(new MockMultipartFile("file", "116年.csv", "text/csv", bad))
                .with(csrf())
                .with(user(agency.as(Role.SYSTEM_ADMIN)))
                .param("lang", "en"))
        .andExpect(redirectedUrl("/console/calendar"))
        .andExpect(
            flash()
                .attribute("importErrors", hasItem(containsString("Line 2: 2027-01-04 is a 星期一"))))
        .andExpect(
            flash()
                .attribute(
                    "importErrors",
                    hasItem(containsString("Line 3: The day-off column must be 0"))));
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void onlySystemAdministratorsImportTheCalendar() throws Exception {
    byte[] file = "\uFEFF西元日期,星期,是否放假,備註\r\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart("/console/calendar/import")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", file))
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/calendar").with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2025-01-01")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"file\""))));
  }

  @Test
  void anAgencyAdministratorRecordsATyphoonClosureThatStopsTheClock() throws Exception {
    String page = "/console/calendar/closures/" + agency.code().value();
    assertThat(calendar.isWorkingDay(agency.code(), TYPHOON_DAY)).isTrue();

    mvc.perform(
            post(page)
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("day", TYPHOON_DAY.toString())
                .param("kind", "FULL_DAY")
                .param("reason", "颱風停止上班"))
        .andExpect(redirectedUrl(page + "?year=2026"));
    assertThat(calendar.isWorkingDay(agency.code(), TYPHOON_DAY)).isFalse();
    assertThat(calendar.addWorkingDays(agency.code(), TYPHOON_DAY.minusDays(1), 1))
        .isEqualTo(TYPHOON_DAY.plusDays(1));

    mvc.perform(
            post(page)
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("day", TYPHOON_DAY.toString())
                .param("kind", "HALF_DAY")
                .param("reason", "再次登記"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已有停止上班紀錄")))
        .andExpect(content().string(containsString("aria-describedby=\"day-error\"")));

    long id =
        jdbc.sql("select id from agency_closure where agency_code = ?")
            .param(agency.code().value())
            .query(Long.class)
            .single();
    mvc.perform(
            post(page + "/" + id + "/delete").with(csrf()).with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(redirectedUrl(page));
    assertThat(calendar.isWorkingDay(agency.code(), TYPHOON_DAY)).isTrue();
  }

  @Test
  void aClosureWithoutReasonOrDateIsRefusedNextToItsFields() throws Exception {
    mvc.perform(
            post("/console/calendar/closures/" + agency.code().value())
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("kind", "FULL_DAY")
                .param("day", "not-a-date")
                .param("reason", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"day-error\"")))
        .andExpect(content().string(containsString("id=\"reason-error\"")));
    assertThat(
            jdbc.sql("select count(*) from agency_closure where agency_code = ?")
                .param(agency.code().value())
                .query(Long.class)
                .single())
        .isZero();
  }
}
