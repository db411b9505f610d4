// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tw.civicdesk.IntegrationTest;

/** The demo data loads the five seed agencies with parents, units and staff, once. */
@IntegrationTest
class DemoDataTests {

  @Autowired PasswordEncoder passwords;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Organisation organisation;
  @Autowired JdbcClient jdbc;

  @Test
  void theFiveSeedAgenciesLoadWithTheirParentsUnitsAndStaffPerRoleAndOnlyOnce() {
    DemoData.load(context);
    long rows = jdbc.sql("select count(*) from staff").query(Long.class).single();
    DemoData.load(context);
    assertThat(jdbc.sql("select count(*) from staff").query(Long.class).single()).isEqualTo(rows);

    assertThat(organisation.agency(new AgencyCode("YILAN-JIAOXI")).orElseThrow().name().zh())
        .isEqualTo("宜蘭縣礁溪鄉公所");
    assertThat(organisation.agency(new AgencyCode("KH-FENGSHAN-HR1")).orElseThrow().parentCode())
        .isEqualTo(new AgencyCode("KAOHSIUNG-COUNTY"));
    assertThat(organisation.units(new AgencyCode("YILAN-JIAOXI")))
        .extracting(u -> u.name().zh())
        .containsExactly("民政課", "社會課", "行政室", "清潔隊", "鄉立托兒所", "鄉立圖書館");
    assertThat(organisation.units(new AgencyCode("CH-PLANNING")))
        .extracting(u -> u.name().zh())
        .contains("研究發展科", "管制考核科", "資訊科");
    for (String name : new String[] {"臺南市鹽水區公所", "新竹市東區衛生所", "彰化縣政府計畫處"}) {
      assertThat(organisation.agencies()).anyMatch(a -> a.name().zh().equals(name));
    }
    Arrays.stream(Role.values())
        .forEach(
            role ->
                assertThat(
                        jdbc.sql("select count(*) from staff where ? = any(roles)")
                            .param(role.name())
                            .query(Long.class)
                            .single())
                    .as(role.name())
                    .isPositive());
    assertThat(
            passwords.matches(
                DemoOrganisation.PASSWORD,
                organisation.accountForSignIn("jiaoxi.officer").orElseThrow().getPassword()))
        .isTrue();
  }
}
