// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.ProgressStatus;

/** One practice's report form on the progress page, as posted. */
public class ProgressForm {

  private String practiceId = "";
  private String unitCode = "";
  private String period = "";
  private @Nullable String status;
  private @Nullable String narrative;
  private Map<String, String> figures = new LinkedHashMap<>();
  private List<String> links = new ArrayList<>();
  private List<MultipartFile> files = new ArrayList<>();
  private @Nullable Integer version;

  ProgressReports.Submission toSubmission() {
    ProgressStatus parsed = null;
    for (ProgressStatus s : ProgressStatus.values()) {
      if (s.name().equals(status)) {
        parsed = s;
      }
    }
    List<ProgressReports.Upload> uploads = new ArrayList<>();
    for (MultipartFile file : files) {
      if (file.isEmpty()
          && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
        continue; // the file input left empty
      }
      try {
        uploads.add(new ProgressReports.Upload(file.getOriginalFilename(), file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ProgressReports.Submission(
        practiceId, unitCode, period, parsed, narrative, figures, links, uploads, version);
  }

  public String getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(String practiceId) {
    this.practiceId = practiceId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public @Nullable String getStatus() {
    return status;
  }

  public void setStatus(@Nullable String status) {
    this.status = status;
  }

  public @Nullable String getNarrative() {
    return narrative;
  }

  public void setNarrative(@Nullable String narrative) {
    this.narrative = narrative;
  }

  public Map<String, String> getFigures() {
    return figures;
  }

  public void setFigures(Map<String, String> figures) {
    this.figures = figures;
  }

  public List<String> getLinks() {
    return links;
  }

  public void setLinks(List<String> links) {
    this.links = links;
  }

  public List<MultipartFile> getFiles() {
    return files;
  }

  public void setFiles(List<MultipartFile> files) {
    this.files = files;
  }

  public @Nullable Integer getVersion() {
    return version;
  }

  public void setVersion(@Nullable Integer version) {
    this.version = version;
  }
}
