// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.DatasetMetadata;
import tw.civicdesk.opendata.DcatCatalog;
import tw.civicdesk.opendata.OpenData;
import tw.civicdesk.opendata.OpenData.DatasetNotFoundException;
import tw.civicdesk.opendata.OpenDataSettings;
import tw.civicdesk.opendata.Snapshot;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.web.OdsFile;

/**
 * The open data's files, public and anonymous (GETs only, nothing to limit): {@code
 * /open-data/{id}.csv|.json|.ods} the latest period, {@code
 * /open-data/{id}/{period}.csv|.json|.ods} one period (its stable URL), {@code
 * /open-data/{id}/metadata.json} the data.gov.tw metadata and {@code /open-data/catalog.jsonld} the
 * DCAT-AP catalogue. CSV carries a byte-order mark unless {@code ?bom=false}. An unknown dataset or
 * a period not built is 404. Files may be cached for an hour: a period's file changes only when the
 * period is rebuilt.
 */
@RestController
class OpenDataFilesController {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

  private final OpenData openData;
  private final OpenDataSettings settings;
  private final PublicAddress address;

  OpenDataFilesController(OpenData openData, OpenDataSettings settings, PublicAddress address) {
    this.openData = openData;
    this.settings = settings;
    this.address = address;
  }

  @GetMapping("/open-data/catalog.jsonld")
  ResponseEntity<byte[]> catalog() {
    List<DcatCatalog.Entry> entries =
        openData.datasets().stream()
            .map(d -> new DcatCatalog.Entry(d, openData.coverage(d.id())))
            .toList();
    return ResponseEntity.ok()
        .cacheControl(CACHE)
        .contentType(MediaType.parseMediaType(DcatCatalog.MEDIA_TYPE))
        .body(DcatCatalog.jsonLd(entries, settings, address.baseUrl()));
  }

  @GetMapping("/open-data/{id}/metadata.json")
  ResponseEntity<byte[]> metadata(@PathVariable String id) {
    Dataset d = openData.dataset(id);
    Map<String, Object> m =
        DatasetMetadata.of(d, openData.coverage(d.id()), settings, address.baseUrl());
    return ResponseEntity.ok()
        .cacheControl(CACHE)
        .contentType(MediaType.APPLICATION_JSON)
        .body(JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/open-data/{id}.csv")
  ResponseEntity<byte[]> latestCsv(
      @PathVariable String id, @RequestParam(defaultValue = "true") boolean bom) {
    return csv(latest(id), bom);
  }

  @GetMapping("/open-data/{id}.json")
  ResponseEntity<byte[]> latestJson(@PathVariable String id) {
    return json(latest(id));
  }

  @GetMapping("/open-data/{id}.ods")
  ResponseEntity<byte[]> latestOds(@PathVariable String id) {
    return ods(latest(id));
  }

  @GetMapping("/open-data/{id}/{period}.csv")
  ResponseEntity<byte[]> periodCsv(
      @PathVariable String id,
      @PathVariable String period,
      @RequestParam(defaultValue = "true") boolean bom) {
    return csv(openData.snapshot(id, period), bom);
  }

  @GetMapping("/open-data/{id}/{period}.json")
  ResponseEntity<byte[]> periodJson(@PathVariable String id, @PathVariable String period) {
    return json(openData.snapshot(id, period));
  }

  @GetMapping("/open-data/{id}/{period}.ods")
  ResponseEntity<byte[]> periodOds(@PathVariable String id, @PathVariable String period) {
    return ods(openData.snapshot(id, period));
  }

  private Snapshot latest(String id) {
    return openData.latest(id).orElseThrow(DatasetNotFoundException::new);
  }

  private ResponseEntity<byte[]> csv(Snapshot s, boolean bom) {
    return file(s, "csv", CSV, DatasetFiles.csv(openData.dataset(s.dataset()), s, bom), true);
  }

  private ResponseEntity<byte[]> json(Snapshot s) {
    return file(
        s,
        "json",
        MediaType.APPLICATION_JSON,
        DatasetFiles.json(openData.dataset(s.dataset()), s),
        false);
  }

  private ResponseEntity<byte[]> ods(Snapshot s) {
    return file(
        s,
        "ods",
        MediaType.parseMediaType(OdsFile.MEDIA_TYPE),
        DatasetFiles.ods(openData.dataset(s.dataset()), s),
        true);
  }

  private static ResponseEntity<byte[]> file(
      Snapshot s, String format, MediaType type, byte[] body, boolean attachment) {
    String name = s.dataset() + "-" + s.period() + "." + format;
    ContentDisposition disposition =
        (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(name, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .lastModified(s.built())
        .cacheControl(CACHE)
        .contentType(type)
        .body(body);
  }
}
