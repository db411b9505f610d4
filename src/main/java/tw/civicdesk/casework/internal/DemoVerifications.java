// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, in the {@code demo} profile, an electronic verification (以電子查驗取代紙本) on the demo
 * applications of the six demo agencies that staff have worked, so that the plans' {@code
 * casework.electronic-verification-share} indicator shows what a working office would: most worked
 * applications with a household registration transcript looked up instead of asked for, some
 * without. Runs after the demo applications and petitions (order 220). Deterministic: an
 * application is verified when the last digit of its number is not 0, 3 or 7; dated on the day it
 * was received at 10:00 Taipei time, by its officer. Idempotent: an application with a verification
 * is left alone, and one without is only ever given one.
 */
@Component
@Profile("demo")
class DemoVerifications {

  private static final Logger log = LoggerFactory.getLogger(DemoVerifications.class);
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final JdbcClient jdbc;

  DemoVerifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One application worked by an officer and not verified yet. */
  private record Unverified(String number, String officer, LocalDate receivedOn) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(220)
  @Transactional
  public void load() {
    var open =
        jdbc.sql(
                """
            select c.number, c.officer, c.received_on from casework_case c
             where c.kind = 'APPLICATION' and c.officer is not null
               and c.agency_code in ('YILAN-JIAOXI', 'YILAN-TOUCHENG', 'KH-FENGSHAN-HR1',
                                     'TN-YANSHUI', 'HC-EAST-HEALTH', 'CH-PLANNING')
               and right(c.number, 1) not in ('0', '3', '7')
               and not exists (select 1 from casework_verification v where v.case_number = c.number)
             order by c.number
            """)
            .query(
                (rs, row) ->
                    new Unverified(
                        rs.getString("number"),
                        rs.getString("officer"),
                        rs.getObject("received_on", LocalDate.class)))
            .list();
    for (Unverified u : open) {
      jdbc.sql(
              """
          insert into casework_verification (case_number, document, checked, verified_by,
            verified_at) values (?, ?, ?, ?, ?)
          """)
          .params(
              u.number(),
              "戶籍謄本",
              "戶役政資訊系統線上查驗戶籍資料，免附紙本戶籍謄本",
              u.officer(),
              Timestamp.from(u.receivedOn().atTime(LocalTime.of(10, 0)).atZone(TAIPEI).toInstant()))
          .update();
    }
    log.info("Demo electronic verifications: {} recorded", open.size());
  }
}
