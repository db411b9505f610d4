// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import tw.civicdesk.faq.FaqCommands;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.faq.FaqViews.Step;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.input.SingleLine;

/**
 * The console form of an FAQ entry, one round trip: the related services one code a line (or
 * separated by commas), the SOP steps one a line in each language, paired by line.
 */
public class FaqEntryForm {

  @SingleLine
  @Size(max = 64)
  private String code = "";

  @SingleLine
  @Size(max = 40)
  private String category = "";

  private @Nullable Long unitId;

  @SingleLine
  @Size(max = FaqCommands.MAX_QUESTION)
  private String questionZh = "";

  @SingleLine
  @Size(max = FaqCommands.MAX_QUESTION)
  private String questionEn = "";

  @Size(max = FaqCommands.MAX_ANSWER)
  private String answerZh = "";

  @Size(max = FaqCommands.MAX_ANSWER)
  private String answerEn = "";

  @Size(max = 2000)
  private String services = "";

  @Size(max = FaqCommands.MAX_NOTES)
  private String notesZh = "";

  @Size(max = FaqCommands.MAX_NOTES)
  private String notesEn = "";

  @Size(max = 10_000)
  private String sopZh = "";

  @Size(max = 10_000)
  private String sopEn = "";

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate reviewOn;

  private int version;

  static FaqEntryForm of(StaffEntry e) {
    FaqEntryForm f = new FaqEntryForm();
    f.code = e.entry().code().value();
    f.category = e.entry().category().code();
    f.unitId = e.unitId();
    f.questionZh = e.entry().question().zh();
    f.questionEn = e.entry().question().en();
    f.answerZh = e.entry().answer().zh();
    f.answerEn = e.entry().answer().en();
    f.services = String.join("\n", e.entry().services());
    f.notesZh = e.notesZh();
    f.notesEn = e.notesEn();
    f.sopZh = e.sop().stream().map(Step::zh).collect(Collectors.joining("\n"));
    f.sopEn = e.sop().stream().map(Step::en).collect(Collectors.joining("\n"));
    f.reviewOn = e.reviewOn();
    f.version = e.version();
    return f;
  }

  FaqCommands.Save toCommand(AgencyCode agency) {
    return new FaqCommands.Save(
        agency,
        code,
        category,
        unitId,
        questionZh,
        questionEn,
        answerZh,
        answerEn,
        Arrays.stream(services.split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList(),
        notesZh,
        notesEn,
        lines(sopZh),
        lines(sopEn),
        reviewOn);
  }

  private static List<String> lines(String text) {
    return List.of(text.stripTrailing().split("\\R", -1));
  }

  public String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code == null ? "" : code;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(@Nullable String category) {
    this.category = category == null ? "" : category;
  }

  public @Nullable Long getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable Long unitId) {
    this.unitId = unitId;
  }

  public String getQuestionZh() {
    return questionZh;
  }

  public void setQuestionZh(@Nullable String questionZh) {
    this.questionZh = questionZh == null ? "" : questionZh;
  }

  public String getQuestionEn() {
    return questionEn;
  }

  public void setQuestionEn(@Nullable String questionEn) {
    this.questionEn = questionEn == null ? "" : questionEn;
  }

  public String getAnswerZh() {
    return answerZh;
  }

  public void setAnswerZh(@Nullable String answerZh) {
    this.answerZh = answerZh == null ? "" : answerZh;
  }

  public String getAnswerEn() {
    return answerEn;
  }

  public void setAnswerEn(@Nullable String answerEn) {
    this.answerEn = answerEn == null ? "" : answerEn;
  }

  public String getServices() {
    return services;
  }

  public void setServices(@Nullable String services) {
    this.services = services == null ? "" : services;
  }

  public String getNotesZh() {
    return notesZh;
  }

  public void setNotesZh(@Nullable String notesZh) {
    this.notesZh = notesZh == null ? "" : notesZh;
  }

  public String getNotesEn() {
    return notesEn;
  }

  public void setNotesEn(@Nullable String notesEn) {
    this.notesEn = notesEn == null ? "" : notesEn;
  }

  public String getSopZh() {
    return sopZh;
  }

  public void setSopZh(@Nullable String sopZh) {
    this.sopZh = sopZh == null ? "" : sopZh;
  }

  public String getSopEn() {
    return sopEn;
  }

  public void setSopEn(@Nullable String sopEn) {
    this.sopEn = sopEn == null ? "" : sopEn;
  }

  public @Nullable LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(@Nullable LocalDate reviewOn) {
    this.reviewOn = reviewOn;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
