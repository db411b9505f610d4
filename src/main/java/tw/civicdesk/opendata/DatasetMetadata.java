// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's metadata in the fields data.gov.tw asks for (資料集詮釋資料, DOMAIN.md §6), keyed as its
 * metadata JSON keys them: 資料集名稱 {@code title}, 描述 {@code description}, 主要欄位說明 {@code fields}, 提供機關
 * {@code dataProvider}, 更新頻率 {@code updateFrequency}, 授權方式 {@code license} and {@code licenseName},
 * 授權說明網址 {@code licenseURL}, 計費方式 {@code cost}, 編碼格式 {@code characterEncoding}, 聯絡人 {@code
 * publisherContact*}, 資料集類型 {@code type} ({@code rawData}), coverage and publication dates, and one
 * {@code distribution} per format with its download link.
 */
public final class DatasetMetadata {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private DatasetMetadata() {}

  /**
   * What is known of a dataset's built periods.
   *
   * @param first the earliest built period, {@code null} before the first build
   * @param latest the latest built period, {@code null} before the first build
   * @param latestSnapshot the latest snapshot, {@code null} before the first build
   */
  public record Coverage(
      @Nullable Period first, @Nullable Period latest, @Nullable Snapshot latestSnapshot) {}

  /**
   * The metadata of {@code dataset} as an ordered map of data.gov.tw keys to values, links absolute
   * under {@code base} (the site's address, no trailing slash).
   */
  public static Map<String, Object> of(
      Dataset dataset, Coverage coverage, OpenDataSettings settings, String base) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("datasetid", dataset.id());
    m.put("title", dataset.title().zh());
    m.put("titleEn", dataset.title().en());
    m.put("description", dataset.description().zh());
    m.put("descriptionEn", dataset.description().en());
    m.put("type", "rawData");
    m.put("fields", fields(dataset));
    m.put("dataProvider", settings.publisher());
    m.put("dataProviderEn", settings.publisherEn());
    m.put("updateFrequency", frequency(dataset));
    m.put("license", Licence.DATA_GOV_TW_CODE);
    m.put("licenseName", Licence.NAME.zh());
    m.put("licenseSpdx", Licence.SPDX);
    m.put("licenseURL", Licence.URL);
    m.put("cost", "free");
    m.put("costName", "免費");
    m.put("characterEncoding", "UTF-8");
    m.put("publisherContactName", settings.contactName());
    m.put("publisherContactPhone", settings.contactPhone());
    m.put("publisherContactEmail", settings.contactEmail());
    m.put("language", "zh-TW");
    m.put("coverageStartedDate", date(coverage.first() == null ? null : coverage.first().from()));
    m.put("coverageEndedDate", date(coverage.latest() == null ? null : coverage.latest().to()));
    Snapshot s = coverage.latestSnapshot();
    m.put("modifiedDate", s == null ? "" : s.built().atZone(TAIPEI).toLocalDate().toString());
    m.put("relatedUrl", base + "/open-data/" + dataset.id());
    m.put("notes", notes(settings.minimumCount()));
    m.put("distribution", distribution(dataset, base));
    return m;
  }

  /** The note on disclosure control (備註). */
  public static String notes(int k) {
    return "本資料集僅含彙總統計。件數少於 "
        + k
        + " 件之欄位不公開（留空並於 suppressed 欄註明），並另外隱藏必要之欄位，使不公開之數值無法由合計反推；比率及平均值之分母少於 "
        + k
        + " 件者亦不公開。TOTAL 列為該欄位之合計。";
  }

  private static List<Map<String, String>> fields(Dataset dataset) {
    List<Map<String, String>> fields = new ArrayList<>();
    for (Field f : dataset.fields()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("name", f.name());
      one.put("description", f.description().zh());
      one.put("descriptionEn", f.description().en());
      fields.add(one);
    }
    return fields;
  }

  private static Map<String, Object> frequency(Dataset dataset) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("regularupdate", "Y");
    f.put("Frequency", 1);
    f.put("unittime", dataset.periodicity() == Periodicity.MONTHLY ? "月" : "季");
    f.put("label", dataset.periodicity().label().zh());
    return f;
  }

  private static List<Map<String, Object>> distribution(Dataset dataset, String base) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String format : Dataset.FORMATS) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put(
          "resourceDescription",
          dataset.title().zh() + "（" + format.toUpperCase(java.util.Locale.ROOT) + "，最新一期）");
      d.put("resourceFormat", format.toUpperCase(java.util.Locale.ROOT));
      d.put("resourceCharacterEncoding", "UTF-8");
      d.put("resourceDownloadUrl", base + "/open-data/" + dataset.id() + "." + format);
      d.put("resourceField", fields(dataset));
      out.add(d);
    }
    return out;
  }

  private static String date(@Nullable LocalDate day) {
    return day == null ? "" : day.toString();
  }
}
