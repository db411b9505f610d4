// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.courtesy.Courtesy.RecordTest;
import tw.civicdesk.courtesy.Scoring;
import tw.civicdesk.courtesy.Sheet;

/**
 * The test form, one page: the call, the parts tested, rings or seconds per part, a mark per item
 * (lists by the sheet's order), who answered and notes. Numbers are kept as typed: one that is not
 * a whole number is sent on as -1, which the scoring refuses beside its field. No total is taken
 * from the client. A call without a time is taken as at the start of its day.
 */
public class CourtesyTestForm {

  private long sheetId;
  private String calledOn = "";
  private String calledTime = "";
  private String unitId = "";
  private String extension = "";
  private String slotId = "";
  private List<String> parts = new ArrayList<>();
  private List<String> rings = new ArrayList<>();
  private List<String> seconds = new ArrayList<>();
  private List<String> marks = new ArrayList<>();
  private String answeredBy = "";
  private String notes = "";

  /** A blank form for {@code sheet}, every part ticked, dated {@code now} (to the minute). */
  static CourtesyTestForm blank(Sheet sheet, LocalDateTime now) {
    CourtesyTestForm f = new CourtesyTestForm();
    f.sheetId = sheet.id();
    f.calledOn = now.toLocalDate().toString();
    f.calledTime =
        String.format(java.util.Locale.ROOT, "%02d:%02d", now.getHour(), now.getMinute());
    sheet.content().parts().forEach(p -> f.parts.add(p.code()));
    f.rings = new ArrayList<>(Collections.nCopies(sheet.content().parts().size(), ""));
    f.seconds = new ArrayList<>(Collections.nCopies(sheet.content().parts().size(), ""));
    f.marks = new ArrayList<>(Collections.nCopies(sheet.content().items().size(), ""));
    return f;
  }

  /** Pads the lists to the sheet's parts and items (a browser leaves blank ones out). */
  void fit(Sheet sheet) {
    rings = pad(rings, sheet.content().parts().size());
    seconds = pad(seconds, sheet.content().parts().size());
    marks = pad(marks, sheet.content().items().size());
  }

  private static List<String> pad(List<String> values, int size) {
    List<String> padded = new ArrayList<>(values);
    while (padded.size() < size) {
      padded.add("");
    }
    return padded.subList(0, size);
  }

  RecordTest toCommand() {
    return new RecordTest(
        sheetId,
        number(unitId, 0L),
        slotId.isBlank() ? null : number(slotId, -1L),
        extension,
        calledAt(),
        new Scoring.Inputs(new HashSet<>(parts), ints(rings), ints(seconds), ints(marks)),
        answeredBy,
        notes);
  }

  private @Nullable LocalDateTime calledAt() {
    try {
      return calledOn.isBlank()
          ? null
          : LocalDate.parse(calledOn.strip())
              .atTime(
                  calledTime.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(calledTime.strip()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<@Nullable Integer> ints(List<String> values) {
    List<@Nullable Integer> ints = new ArrayList<>();
    for (String v : values) {
      ints.add(v == null || v.isBlank() ? null : (int) number(v, -1L));
    }
    return ints;
  }

  private static long number(String raw, long otherwise) {
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  public long getSheetId() {
    return sheetId;
  }

  public void setSheetId(long sheetId) {
    this.sheetId = sheetId;
  }

  public String getCalledOn() {
    return calledOn;
  }

  public void setCalledOn(@Nullable String calledOn) {
    this.calledOn = calledOn == null ? "" : calledOn;
  }

  public String getCalledTime() {
    return calledTime;
  }

  public void setCalledTime(@Nullable String calledTime) {
    this.calledTime = calledTime == null ? "" : calledTime;
  }

  public String getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable String unitId) {
    this.unitId = unitId == null ? "" : unitId;
  }

  public String getExtension() {
    return extension;
  }

  public void setExtension(@Nullable String extension) {
    this.extension = extension == null ? "" : extension;
  }

  public String getSlotId() {
    return slotId;
  }

  public void setSlotId(@Nullable String slotId) {
    this.slotId = slotId == null ? "" : slotId;
  }

  public List<String> getParts() {
    return parts;
  }

  public void setParts(@Nullable List<String> parts) {
    this.parts = parts == null ? new ArrayList<>() : new ArrayList<>(parts);
  }

  public List<String> getRings() {
    return rings;
  }

  public void setRings(@Nullable List<String> rings) {
    this.rings = rings == null ? new ArrayList<>() : new ArrayList<>(rings);
  }

  public List<String> getSeconds() {
    return seconds;
  }

  public void setSeconds(@Nullable List<String> seconds) {
    this.seconds = seconds == null ? new ArrayList<>() : new ArrayList<>(seconds);
  }

  public List<String> getMarks() {
    return marks;
  }

  public void setMarks(@Nullable List<String> marks) {
    this.marks = marks == null ? new ArrayList<>() : new ArrayList<>(marks);
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public void setAnsweredBy(@Nullable String answeredBy) {
    this.answeredBy = answeredBy == null ? "" : answeredBy;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String notes) {
    this.notes = notes == null ? "" : notes;
  }
}
