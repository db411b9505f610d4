// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.Licence;
import tw.civicdesk.opendata.OpenData;
import tw.civicdesk.opendata.Snapshot;
import tw.civicdesk.platform.address.PublicAddress;

/**
 * {@code GET /api/v1/open-data}: the datasets, each with {@code id}, {@code title} ({@code zh-TW},
 * {@code en}), {@code formats}, {@code updated} (when its latest period was built, ISO-8601, {@code
 * null} before the first build), {@code latestPeriod}, {@code periods}, {@code licence} (SPDX),
 * {@code url} (its page) and {@code metadata} (its data.gov.tw metadata). Public.
 */
@RestController
class OpenDataApiController {

  private final OpenData openData;
  private final PublicAddress address;

  OpenDataApiController(OpenData openData, PublicAddress address) {
    this.openData = openData;
    this.address = address;
  }

  /** One dataset as the API lists it. */
  record DatasetEntry(
      String id,
      Map<String, String> title,
      List<String> formats,
      String updated,
      String latestPeriod,
      List<String> periods,
      String licence,
      String url,
      String metadata) {}

  @GetMapping(path = "/api/v1/open-data", produces = "application/json")
  @Operation(
      operationId = "listOpenData",
      summary = "The open datasets, with their titles, formats, periods, licence and links",
      description =
          "Every dataset built from the agencies' rollups (never from case rows; counts below k"
              + " and the cells that would give them away are left out): `id`, `title` (`zh-TW`,"
              + " `en`), `formats` (csv, json, ods), `updated` (when its latest period was built;"
              + " null before the first build), `latestPeriod`, `periods`, `licence` (SPDX"
              + " `OGDL-Taiwan-1.0`, 政府資料開放授權條款－第1版), `url` (its page) and `metadata` (its"
              + " data.gov.tw metadata). The files are `/open-data/{id}.csv|.json|.ods`, one"
              + " period's at `/open-data/{id}/{period}.csv|.json|.ods`.")
  @ApiResponse(responseCode = "200", description = "The datasets")
  @ApiResponse(responseCode = "406", description = "The request accepts no JSON")
  List<DatasetEntry> list() {
    String base = address.baseUrl();
    return openData.datasets().stream().map(d -> entry(d, base)).toList();
  }

  private DatasetEntry entry(Dataset d, String base) {
    Map<String, String> title = new LinkedHashMap<>();
    title.put("zh-TW", d.title().zh());
    title.put("en", d.title().en());
    List<String> periods = openData.periods(d.id());
    Snapshot latest = openData.latest(d.id()).orElse(null);
    return new DatasetEntry(
        d.id(),
        title,
        DatasetFiles.FORMATS,
        latest == null ? null : latest.built().toString(),
        latest == null ? null : latest.period(),
        periods,
        Licence.SPDX,
        base + "/open-data/" + d.id(),
        base + "/open-data/" + d.id() + "/metadata.json");
  }
}
