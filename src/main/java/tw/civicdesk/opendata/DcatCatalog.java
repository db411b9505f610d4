// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DCAT-AP catalogue of the open datasets as JSON-LD with its context inline (ADR 0067): a
 * {@code dcat:Catalog} with title, description, publisher, licence and its datasets; each {@code
 * dcat:Dataset} with identifier, title and description in Chinese and English, publisher, licence,
 * contact point (vCard), accrual periodicity (EU frequency vocabulary), temporal coverage,
 * modified, landing page and one {@code dcat:Distribution} per format with access and download
 * URLs, format (EU file-type vocabulary) and media type.
 */
public final class DcatCatalog {

  /** The catalogue's media type. */
  public static final String MEDIA_TYPE = "application/ld+json";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FILE_TYPE =
      "http://publications.europa.eu/resource/authority/file-type/";
  private static final Map<String, String> MEDIA =
      Map.of(
          "csv", "text/csv",
          "json", "application/json",
          "ods", "application/vnd.oasis.opendocument.spreadsheet");

  private DcatCatalog() {}

  /** One dataset with what is known of its built periods. */
  public record Entry(Dataset dataset, DatasetMetadata.Coverage coverage) {}

  /** The catalogue as JSON-LD bytes, links absolute under {@code base}. */
  public static byte[] jsonLd(List<Entry> entries, OpenDataSettings settings, String base) {
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("@context", context());
    catalog.put("@id", base + "/open-data/catalog.jsonld");
    catalog.put("@type", "dcat:Catalog");
    catalog.put("dct:title", texts("開放資料目錄", "Open data catalogue"));
    catalog.put(
        "dct:description",
        texts(
            "本平臺以彙總統計產生之開放資料集，小於最小公開件數之數值均已隱藏。",
            "Open datasets built from this desk's aggregate figures; small counts are suppressed."));
    catalog.put("dct:publisher", publisher(settings, base));
    catalog.put("dct:license", Map.of("@id", Licence.URL));
    catalog.put("foaf:homepage", Map.of("@id", base + "/open-data"));
    List<Object> datasets = new ArrayList<>();
    for (Entry e : entries) {
      datasets.add(dataset(e, settings, base));
    }
    catalog.put("dcat:dataset", datasets);
    return JSON.writeValueAsString(catalog).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> context() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("dcat", "http://www.w3.org/ns/dcat#");
    c.put("dct", "http://purl.org/dc/terms/");
    c.put("foaf", "http://xmlns.com/foaf/0.1/");
    c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
    c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    return c;
  }

  private static Map<String, Object> dataset(Entry e, OpenDataSettings settings, String base) {
    Dataset d = e.dataset();
    String page = base + "/open-data/" + d.id();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@id", page);
    m.put("@type", "dcat:Dataset");
    m.put("dct:identifier", d.id());
    m.put("dct:title", texts(d.title().zh(), d.title().en()));
    m.put("dct:description", texts(d.description().zh(), d.description().en()));
    m.put("dct:publisher", publisher(settings, base));
    m.put("dct:license", Map.of("@id", Licence.URL));
    m.put("dct:accrualPeriodicity", Map.of("@id", d.periodicity().euFrequency()));
    m.put(
        "dct:language",
        Map.of("@id", "http://publications.europa.eu/resource/authority/language/ZHO"));
    m.put("dcat:landingPage", Map.of("@id", page));
    m.put("dcat:keyword", texts("開放資料", "open data"));
    m.put("dcat:contactPoint", contact(settings));
    DatasetMetadata.Coverage c = e.coverage();
    if (c.first() != null && c.latest() != null) {
      m.put(
          "dct:temporal",
          Map.of(
              "@type", "dct:PeriodOfTime",
              "dcat:startDate", typed(c.first().from().toString(), "xsd:date"),
              "dcat:endDate", typed(c.latest().to().toString(), "xsd:date")));
    }
    if (c.latestSnapshot() != null) {
      m.put("dct:modified", typed(c.latestSnapshot().built().toString(), "xsd:dateTime"));
    }
    m.put("dcat:distribution", distributions(d, base));
    return m;
  }

  private static List<Object> distributions(Dataset d, String base) {
    String page = base + "/open-data/" + d.id();
    List<Object> distributions = new ArrayList<>();
    for (String format : Dataset.FORMATS) {
      Map<String, Object> dist = new LinkedHashMap<>();
      dist.put("@id", base + "/open-data/" + d.id() + "." + format);
      dist.put("@type", "dcat:Distribution");
      dist.put(
          "dct:title",
          texts(
              d.title().zh() + "（" + format.toUpperCase(Locale.ROOT) + "）",
              d.title().en() + " (" + format.toUpperCase(Locale.ROOT) + ")"));
      dist.put("dcat:accessURL", Map.of("@id", page));
      dist.put("dcat:downloadURL", Map.of("@id", base + "/open-data/" + d.id() + "." + format));
      dist.put("dct:format", Map.of("@id", FILE_TYPE + format.toUpperCase(Locale.ROOT)));
      dist.put(
          "dcat:mediaType",
          Map.of("@id", "https://www.iana.org/assignments/media-types/" + MEDIA.get(format)));
      dist.put("dct:license", Map.of("@id", Licence.URL));
      distributions.add(dist);
    }
    return distributions;
  }

  private static Map<String, Object> publisher(OpenDataSettings settings, String base) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("@id", base + "/open-data#publisher");
    p.put("@type", "foaf:Agent");
    p.put("foaf:name", texts(settings.publisher(), settings.publisherEn()));
    return p;
  }

  private static Map<String, Object> contact(OpenDataSettings settings) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("@type", "vcard:Kind");
    v.put("vcard:fn", settings.contactName());
    v.put("vcard:hasEmail", Map.of("@id", "mailto:" + settings.contactEmail()));
    v.put(
        "vcard:hasTelephone",
        Map.of("@id", "tel:" + settings.contactPhone().replaceAll("[^0-9+]", "")));
    return v;
  }

  private static List<Map<String, String>> texts(String zh, String en) {
    return List.of(
        Map.of("@value", zh, "@language", "zh-Hant-TW"), Map.of("@value", en, "@language", "en"));
  }

  private static Map<String, String> typed(String value, String type) {
    return Map.of("@value", value, "@type", type);
  }
}
