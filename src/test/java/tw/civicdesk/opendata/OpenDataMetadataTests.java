// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tw.civicdesk.IntegrationTest;

/**
 * The metadata of every dataset has every field data.gov.tw asks for, filled; the DCAT-AP catalogue
 * parses as RDF (Apache Jena) and conforms to the SHACL shapes of {@code
 * opendata/dcat-ap-shapes.ttl} — and a copy with a mandatory property removed does not.
 */
@IntegrationTest
class OpenDataMetadataTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** data.gov.tw's fields (DOMAIN.md §6), by its metadata keys. */
  private static final List<String> DATA_GOV_TW =
      List.of(
          "datasetid", // identifier
          "title", // 資料集名稱
          "description", // 資料集描述
          "type", // 資料集類型 (rawData)
          "fields", // 主要欄位說明
          "dataProvider", // 提供機關
          "updateFrequency", // 更新頻率
          "license", // 授權方式
          "licenseName",
          "licenseURL", // 授權說明網址
          "cost", // 計費方式
          "characterEncoding", // 編碼格式
          "publisherContactName", // 聯絡人
          "publisherContactPhone", // 聯絡電話
          "publisherContactEmail",
          "coverageStartedDate",
          "coverageEndedDate",
          "modifiedDate",
          "language",
          "relatedUrl",
          "notes", // 備註
          "distribution"); // 檔案格式, 下載連結

  @Autowired OpenData openData;
  @Autowired MockMvc mvc;

  @BeforeEach
  void built() {
    openData.refresh(LocalDate.parse("2026-04-15"));
  }

  @Test
  void everyDatasetsMetadataHasEveryDataGovTwFieldFilled() throws Exception {
    for (Dataset d : openData.datasets()) {
      JsonNode m = JSON.readTree(get200("/open-data/" + d.id() + "/metadata.json"));
      for (String key : DATA_GOV_TW) {
        assertThat(m.has(key)).as(d.id() + " " + key).isTrue();
        JsonNode v = m.get(key);
        boolean filled =
            v.isString() ? !v.asString().isBlank() : v.isContainer() ? !v.isEmpty() : !v.isNull();
        assertThat(filled).as(d.id() + " " + key + " filled").isTrue();
      }
      assertThat(m.get("type").asString()).isEqualTo("rawData");
      assertThat(m.get("cost").asString()).isEqualTo("free");
      assertThat(m.get("license").asString()).isEqualTo("1");
      assertThat(m.get("characterEncoding").asString()).isEqualTo("UTF-8");
      assertThat(m.get("fields").size()).isEqualTo(d.fields().size());
      for (JsonNode f : m.get("fields")) {
        assertThat(f.get("description").asString()).as(f.get("name").asString()).isNotBlank();
      }
      assertThat(m.get("distribution").size()).isEqualTo(3);
      assertThat(m.get("distribution").get(0).get("resourceDownloadUrl").asString())
          .endsWith("/open-data/" + d.id() + ".csv");
    }
  }

  @Test
  void theCatalogueConformsToTheDcatApShapes() throws Exception {
    Graph data = parse(get200("/open-data/catalog.jsonld"));
    ValidationReport report = ShaclValidator.get().validate(shapes(), data);
    assertThat(report.conforms()).as(() -> text(report)).isTrue();
    assertThat(data.size()).isGreaterThan(100);
  }

  @Test
  void aCatalogueWithoutADatasetsDescriptionOrADistributionsAccessUrlDoesNotConform()
      throws Exception {
    ObjectNode catalog = (ObjectNode) JSON.readTree(get200("/open-data/catalog.jsonld"));
    ObjectNode broken = catalog.deepCopy();
    ((ObjectNode) broken.get("dcat:dataset").get(0)).remove("dct:description");
    ValidationReport report =
        ShaclValidator.get().validate(shapes(), parse(JSON.writeValueAsBytes(broken)));
    assertThat(report.conforms()).isFalse();
    assertThat(text(report)).contains("description");

    ObjectNode noAccess = catalog.deepCopy();
    ((ObjectNode) noAccess.get("dcat:dataset").get(1).get("dcat:distribution").get(0))
        .remove("dcat:accessURL");
    report = ShaclValidator.get().validate(shapes(), parse(JSON.writeValueAsBytes(noAccess)));
    assertThat(report.conforms()).isFalse();
    assertThat(text(report)).contains("accessURL");

    ObjectNode noPublisher = catalog.deepCopy();
    noPublisher.remove("dct:publisher");
    report = ShaclValidator.get().validate(shapes(), parse(JSON.writeValueAsBytes(noPublisher)));
    assertThat(report.conforms()).isFalse();
  }

  private static Shapes shapes() {
    return Shapes.parse(RDFDataMgr.loadGraph("opendata/dcat-ap-shapes.ttl"));
  }

  private static Graph parse(byte[] jsonLd) {
    return RDFParser.source(new ByteArrayInputStream(jsonLd)).lang(Lang.JSONLD).toGraph();
  }

  private static String text(ValidationReport report) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private byte[] get200(String url) throws Exception {
    return mvc.perform(get(url))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
