// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tw.civicdesk.opendata.Block;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.DatasetSource;
import tw.civicdesk.opendata.Field;
import tw.civicdesk.opendata.Measure;
import tw.civicdesk.opendata.Period;
import tw.civicdesk.opendata.Periodicity;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The open dataset {@value #ID}: applications (申辦案件) received and decided, and the share decided
 * within the time limit, by agency, service, channel and month — read from the figures' monthly
 * rollup ({@code figures_month}, summed over units), never from the cases.
 */
@Component
class CasesDataset implements DatasetSource {

  static final String ID = "cases-monthly";

  private static final Dataset DATASET =
      new Dataset(
          ID,
          new BilingualText(
              "申辦案件收件、決行及時限內完成比率（按機關、服務、管道、月份）",
              "Applications received, decided and decided on time, by agency, service, channel and"
                  + " month"),
          new BilingualText(
              "各機關每月申辦案件之收件件數、決行件數及於處理時限內決行之比率，按服務項目及收件管道分列，由績效統計彙總表產生，不含個別案件資料。",
              "Each agency's applications per month: how many were received, how many decided and"
                  + " the share decided within the time limit, by service and channel — built from"
                  + " the figures' monthly totals, never from single cases."),
          Periodicity.MONTHLY,
          List.of(new Field("agency", new BilingualText("機關代碼", "The agency's code"))),
          new Field(
              "service",
              new BilingualText(
                  "服務項目代碼；TOTAL 為全部服務合計", "The service's code; TOTAL for all services")),
          new Field(
              "channel",
              new BilingualText(
                  "收件管道（COUNTER 臨櫃、ONLINE 線上、PHONE 電話、MAIL 郵寄、EMAIL 電子郵件）；TOTAL 為全部管道合計",
                  "How it came in (COUNTER, ONLINE, PHONE, MAIL, EMAIL); TOTAL for all channels")),
          List.of(
              Measure.count(
                  "received", new BilingualText("當月收件件數", "Applications received in the month")),
              Measure.count(
                  "decided", new BilingualText("當月決行件數", "Applications decided in the month")),
              Measure.rate(
                  "on_time_rate",
                  new BilingualText(
                      "當月決行案件中於處理時限內決行之比率（%，補正期間不計）",
                      "Of those decided in the month, the share decided within the time limit (%,"
                          + " supplement waits left out)"),
                  "decided")));

  private final JdbcClient jdbc;

  CasesDataset(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public List<Block> blocks(Period period) {
    Map<String, List<Block.Cell>> byAgency = new LinkedHashMap<>();
    jdbc.sql(
            """
            select agency_code, service_code, channel, sum(received) as received,
              sum(decided) as decided, sum(decided_on_time) as on_time
            from figures_month where kind = 'APPLICATION' and month between ? and ?
            group by agency_code, service_code, channel
            order by agency_code, service_code, channel""")
        .params(period.from(), period.to())
        .query(
            rs -> {
              byAgency
                  .computeIfAbsent(rs.getString("agency_code"), a -> new ArrayList<>())
                  .add(
                      new Block.Cell(
                          rs.getString("service_code").isEmpty()
                              ? "NONE"
                              : rs.getString("service_code"),
                          rs.getString("channel"),
                          Map.of(
                              "received", BigDecimal.valueOf(rs.getLong("received")),
                              "decided", BigDecimal.valueOf(rs.getLong("decided")),
                              "on_time_rate", BigDecimal.valueOf(rs.getLong("on_time")))));
            });
    return byAgency.entrySet().stream()
        .map(e -> new Block(List.of(e.getKey()), e.getValue()))
        .toList();
  }
}
