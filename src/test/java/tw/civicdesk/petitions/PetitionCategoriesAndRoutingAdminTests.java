// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * The administrator's categories, places and routing rules: a category is added, renamed, given its
 * own limit, reordered and retired; places are added and removed only when no rule names them; and
 * a routing rule added or removed in the console changes which unit a new case goes to.
 */
@IntegrationTest
class PetitionCategoriesAndRoutingAdminTests {

  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PetitionRules rules;
  @Autowired PetitionAdministration administration;
  @Autowired Petitions petitions;

  TestOrganisation.Setup agency;
  StaffPrincipal admin;
  String base;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    agency = TestOrganisation.from(context).agency("PRTE", null);
    PetitionFixtures.open(context, agency);
    admin = agency.as(Role.AGENCY_ADMIN);
    base = "/console/petitions/rules/" + agency.code().value();
  }

  List<Object> details(String type) {
    return jdbc.sql(
            "select detail from audit_log where agency_code = ? and action = ?"
                + " and subject_type = ? order by id")
        .params(agency.code().value(), PetitionAdministration.AUDIT_ACTION, type)
        .query()
        .singleColumn();
  }

  FilePetition drain(String village) {
    return new FilePetition(
        CaseKind.FACILITY_REPORT,
        Channel.ONLINE,
        agency.code(),
        "drain",
        new Place("德陽路 3 號前", "礁溪鄉", village, null, null, false),
        "水溝阻塞",
        "水溝阻塞積水。",
        null,
        Locale.TAIWAN,
        MONDAY,
        null,
        Map.of(),
        null);
  }

  @Test
  void aCategoryIsAddedRenamedGivenItsOwnLimitAndRetired() throws Exception {
    mvc.perform(
            post(base + "/categories/new")
                .with(csrf())
                .with(user(admin))
                .param("kind", "FACILITY_REPORT")
                .param("code", "bus-stop")
                .param("nameZh", "公車候車亭損壞")
                .param("nameEn", "Damaged bus shelter")
                .param("position", "20")
                .param("active", "true"))
        .andExpect(status().is3xxRedirection());
    String taken =
        mvc.perform(
                post(base + "/categories/new")
                    .with(csrf())
                    .with(user(admin))
                    .header("Accept-Language", "en")
                    .param("kind", "FACILITY_REPORT")
                    .param("code", "bus-stop")
                    .param("nameZh", " ")
                    .param("nameEn", "Again")
                    .param("limitAmount", "3"))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(taken)
        .contains("id=\"nameZh-error\"", "This field is required.")
        .contains("id=\"limitUnit-error\"", "Choose how the time limit is counted.");

    mvc.perform(
            post(base + "/categories/bus-stop")
                .with(csrf())
                .with(user(admin))
                .param("nameZh", "候車亭損壞")
                .param("nameEn", "Damaged bus shelter")
                .param("limitAmount", "2")
                .param("limitUnit", "WORKING_DAYS")
                .param("position", "1")
                .param("active", "false")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());

    Category retired = rules.category(agency.code(), "bus-stop").orElseThrow();
    assertThat(retired.name().zh()).isEqualTo("候車亭損壞");
    assertThat(retired.limit()).isEqualTo(TimeLimit.workingDays(2));
    assertThat(retired.active()).isFalse();
    assertThat(rules.categories(agency.code(), CaseKind.FACILITY_REPORT))
        .extracting(Category::code)
        .doesNotContain("bus-stop");
    assertThat(details("PETITION_CATEGORY"))
        .containsExactly("added", "fields=name,limit,position,active");
  }

  @Test
  void aVillageBringsItsDistrictAndAPlaceARuleNamesCannotBeRemoved() throws Exception {
    mvc.perform(
            post(base + "/places")
                .with(csrf())
                .with(user(admin))
                .param("district", "頭城鎮")
                .param("village", "城東里"))
        .andExpect(status().is3xxRedirection());
    assertThat(rules.places(agency.code()))
        .contains(new Route.Where("頭城鎮", ""), new Route.Where("頭城鎮", "城東里"));
    administration.saveRoute(
        admin, agency.code(), "drain", new Route.Where("頭城鎮", "城東里"), agency.unit().id());

    String refused =
        mvc.perform(
                post(base + "/places/remove")
                    .with(csrf())
                    .with(user(admin))
                    .header("Accept-Language", "en")
                    .param("district", "頭城鎮")
                    .param("village", "城東里"))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Routing rules still use this place; remove them first.");
    assertThatThrownBy(
            () -> administration.removePlace(admin, agency.code(), new Route.Where("頭城鎮", "")))
        .isInstanceOf(InvalidFields.class);

    administration.removeRoute(admin, agency.code(), "drain", new Route.Where("頭城鎮", "城東里"));
    administration.removePlace(admin, agency.code(), new Route.Where("頭城鎮", "城東里"));
    administration.removePlace(admin, agency.code(), new Route.Where("頭城鎮", ""));
    assertThat(rules.places(agency.code())).doesNotContain(new Route.Where("頭城鎮", ""));
    assertThat(details("PETITION_PLACE")).containsExactly("added", "added", "removed", "removed");
    assertThat(details("PETITION_ROUTE"))
        .containsExactly("added;unit=" + agency.unit().id(), "removed");
  }

  @Test
  void routingEditedInTheConsoleChangesWhereANewCaseGoes() throws Exception {
    long village = TestOrganisation.from(context).unit(agency, "VILL").id();
    long district = TestOrganisation.from(context).unit(agency, "DIST").id();
    assertThat(petitions.view(petitions.file(drain("德陽村")).number()).orElseThrow().unitId())
        .isEqualTo(agency.unit().id());

    mvc.perform(
            post(base + "/routes")
                .with(csrf())
                .with(user(admin))
                .param("category", "drain")
                .param("place", "礁溪鄉")
                .param("unitId", Long.toString(district)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(base + "/routes")
                .with(csrf())
                .with(user(admin))
                .param("category", "drain")
                .param("place", "礁溪鄉|德陽村")
                .param("unitId", Long.toString(village)))
        .andExpect(status().is3xxRedirection());
    assertThat(petitions.view(petitions.file(drain("德陽村")).number()).orElseThrow().unitId())
        .isEqualTo(village);

    mvc.perform(
            post(base + "/routes/remove")
                .with(csrf())
                .with(user(admin))
                .param("category", "drain")
                .param("place", "礁溪鄉|德陽村"))
        .andExpect(status().is3xxRedirection());
    assertThat(petitions.view(petitions.file(drain("德陽村")).number()).orElseThrow().unitId())
        .isEqualTo(district);
  }

  @Test
  void aRoutingRuleNeedsTheAgencysCategoryPlaceAndUnit() throws Exception {
    long stranger = TestOrganisation.from(context).agency("PRTO", null).unit().id();
    String html =
        mvc.perform(
                post(base + "/routes")
                    .with(csrf())
                    .with(user(admin))
                    .header("Accept-Language", "en")
                    .param("category", "no-such")
                    .param("place", "花蓮市")
                    .param("unitId", Long.toString(stranger)))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("id=\"category-error\"", "Choose a category of this agency.")
        .contains("id=\"place-error\"", "Choose a place of this agency&#39;s area.")
        .contains("id=\"unitId-error\"", "Choose a unit of this agency.");
    assertThat(rules.routes(agency.code())).isEmpty();
    assertThat(details("PETITION_ROUTE")).isEmpty();
  }
}
