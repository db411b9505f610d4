// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;

/**
 * The demo's electronic verifications fall on the demo agencies' worked applications whose number
 * does not end in 0, 3 or 7, once, and never on another agency's case.
 */
@IntegrationTest
class DemoVerificationsTests {

  @Autowired JdbcClient jdbc;

  private void file(String number, String agency, String officer) {
    jdbc.sql(
            """
        insert into casework_case (number, kind, channel, agency_code, unit_id, status, officer,
          received_on, limit_amount, limit_unit, created_at, updated_at)
        values (?, 'APPLICATION', 'COUNTER', ?, 0, 'IN_PROGRESS', ?, current_date, 5,
          'WORKING_DAYS', now(), now())
        """)
        .params(number, agency, officer)
        .update();
  }

  private long verifications(String number) {
    return jdbc.sql("select count(*) from casework_verification where case_number = ?")
        .param(number)
        .query(Long.class)
        .single();
  }

  @Test
  void worksApplicationsOfTheDemoAgenciesOnceAndLeavesOtherAgenciesAlone() {
    String other = "DV-OTHER";
    file("DV-TEST-0000001", "CH-PLANNING", "demo.officer");
    file("DV-TEST-0000003", "CH-PLANNING", "demo.officer");
    file("DV-TEST-0000002", other, "demo.officer");
    DemoVerifications demo = new DemoVerifications(jdbc);
    demo.load();
    demo.load();
    assertThat(verifications("DV-TEST-0000001")).isEqualTo(1);
    assertThat(verifications("DV-TEST-0000003")).isZero();
    assertThat(verifications("DV-TEST-0000002")).isZero();
  }

  @AfterEach
  void removeTheCasesOfThisTest() {
    jdbc.sql("delete from casework_verification where case_number like 'DV-TEST-%'").update();
    jdbc.sql("delete from casework_case where number like 'DV-TEST-%'").update();
  }
}
