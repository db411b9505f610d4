// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

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
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The open dataset {@value #ID}: petitions, letters to the head, complaints and public-facility
 * reports received and replied to, and the share replied on time, by agency, kind, category,
 * district and month — read from the petition rollup ({@code petition_rollup}, summed over
 * channels), never from the cases; no text, name or place finer than a district.
 */
@Component
class PetitionsDataset implements DatasetSource {

  static final String ID = "petitions-monthly";

  /** A case filed without a district. */
  static final String NO_DISTRICT = "UNSPECIFIED";

  private static final Dataset DATASET =
      new Dataset(
          ID,
          new BilingualText(
              "陳情及公共設施通報件數（按機關、類別、分類、行政區、月份）",
              "Petitions and facility reports, by agency, kind, category, district and month"),
          new BilingualText(
              "各機關每月受理之人民陳情、首長信箱、服務申訴及公共設施通報之收件件數、答復件數及於期限內答復之比率，按案件分類及行政區分列，由陳情統計彙總表產生，不含陳情內容、姓名或地址。",
              "Each agency's petitions, letters to the head, service complaints and public-facility"
                  + " reports per month: received, replied to and the share replied on time, by"
                  + " category and district — built from the petition totals, with no text, name"
                  + " or address."),
          Periodicity.MONTHLY,
          List.of(
              new Field("agency", new BilingualText("機關代碼", "The agency's code")),
              new Field(
                  "kind",
                  new BilingualText(
                      "案件類別（PETITION 人民陳情、MAILBOX 首長信箱、COMPLAINT 服務申訴、FACILITY_REPORT 公共設施通報）",
                      "The kind (PETITION, MAILBOX letter to the head, COMPLAINT, FACILITY_REPORT)"))),
          new Field(
              "category",
              new BilingualText("案件分類代碼；TOTAL 為全部分類合計", "The category's code; TOTAL for all")),
          new Field(
              "district",
              new BilingualText(
                  "行政區；UNSPECIFIED 為未提供；TOTAL 為全部行政區合計",
                  "The district; UNSPECIFIED where none was given; TOTAL for all")),
          List.of(
              Measure.count("received", new BilingualText("當月收件件數", "Received in the month")),
              Measure.count(
                  "replied",
                  new BilingualText(
                      "當月答復件數（含不予處理）",
                      "Replied to in the month (closures without processing included)")),
              Measure.rate(
                  "on_time_rate",
                  new BilingualText(
                      "當月答復案件中於期限內答復之比率（%）", "Of those replied to, the share replied on time (%)"),
                  "replied")));

  private final JdbcClient jdbc;

  private final PetitionRules rules;

  PetitionsDataset(JdbcClient jdbc, PetitionRules rules) {
    this.jdbc = jdbc;
    this.rules = rules;
  }

  /** The agency's category names by their codes. */
  @Override
  public Map<String, BilingualText> labels(String agency) {
    if (!AgencyCode.isValid(agency)) {
      return Map.of();
    }
    Map<String, BilingualText> out = new LinkedHashMap<>();
    rules.allCategories(AgencyCode.of(agency)).forEach(c -> out.putIfAbsent(c.code(), c.name()));
    return out;
  }

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public List<Block> blocks(Period period) {
    Map<List<String>, List<Block.Cell>> blocks = new LinkedHashMap<>();
    jdbc.sql(
            """
            select agency_code, kind, category_code, district, sum(received) as received,
              sum(replied) as replied, sum(replied_on_time) as on_time
            from petition_rollup
            where kind in ('PETITION', 'MAILBOX', 'COMPLAINT', 'FACILITY_REPORT')
              and month between ? and ?
            group by agency_code, kind, category_code, district
            order by agency_code, kind, category_code, district""")
        .params(period.from(), period.to())
        .query(
            rs -> {
              String district = rs.getString("district");
              blocks
                  .computeIfAbsent(
                      List.of(rs.getString("agency_code"), rs.getString("kind")),
                      k -> new ArrayList<>())
                  .add(
                      new Block.Cell(
                          rs.getString("category_code"),
                          district.isBlank() ? NO_DISTRICT : district,
                          Map.of(
                              "received", BigDecimal.valueOf(rs.getLong("received")),
                              "replied", BigDecimal.valueOf(rs.getLong("replied")),
                              "on_time_rate", BigDecimal.valueOf(rs.getLong("on_time")))));
            });
    return blocks.entrySet().stream().map(e -> new Block(e.getKey(), e.getValue())).toList();
  }
}
