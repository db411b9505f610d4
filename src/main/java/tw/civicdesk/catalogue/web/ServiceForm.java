// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCategory;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.catalogue.ServiceContent.Fee;
import tw.civicdesk.catalogue.ServiceContent.RequiredDocument;
import tw.civicdesk.catalogue.ServiceContent.Step;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The service editor of the console. Steps and documents are rows; blank rows are ignored, and the
 * page always offers a few empty ones so that no script is needed to add one.
 */
public class ServiceForm {

  /** Empty rows offered after the filled ones. */
  static final int SPARE_ROWS = 3;

  @NotBlank(message = "{form.error.required}")
  @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{2,63}", message = "{catalogue.error.code}")
  private String code = "";

  @NotNull(message = "{form.error.required}")
  private @Nullable Long unitId;

  @NotBlank(message = "{form.error.required}")
  @Size(max = 100, message = "{form.error.too-long}")
  private String nameZh = "";

  @Size(max = 200, message = "{form.error.too-long}")
  private String nameEn = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 200, message = "{form.error.too-long}")
  private String summaryZh = "";

  @Size(max = 400, message = "{form.error.too-long}")
  private String summaryEn = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 4000, message = "{form.error.too-long}")
  private String descriptionZh = "";

  @Size(max = 8000, message = "{form.error.too-long}")
  private String descriptionEn = "";

  @NotNull(message = "{form.error.required}")
  private ServiceCategory category = ServiceCategory.OTHER;

  @NotBlank(message = "{form.error.required}")
  @Size(max = 400, message = "{form.error.too-long}")
  private String legalBasisZh = "";

  @Size(max = 800, message = "{form.error.too-long}")
  private String legalBasisEn = "";

  @Valid private List<TextRow> steps = new ArrayList<>();
  @Valid private List<DocumentRow> documents = new ArrayList<>();

  @Min(value = 0, message = "{catalogue.error.fee}")
  @Max(value = 1_000_000, message = "{catalogue.error.fee}")
  private int feeAmount;

  @Size(max = 200, message = "{form.error.too-long}")
  private String feeNoteZh = "";

  @Size(max = 400, message = "{form.error.too-long}")
  private String feeNoteEn = "";

  @NotEmpty(message = "{catalogue.error.channels}")
  private Set<Channel> channels = EnumSet.noneOf(Channel.class);

  @Min(value = 1, message = "{catalogue.error.amount}")
  @Max(value = 999, message = "{catalogue.error.amount}")
  private @Nullable Integer timeLimitAmount;

  private TimeLimit.@Nullable Unit timeLimitUnit;

  @Min(value = 1, message = "{catalogue.error.amount}")
  @Max(value = 999, message = "{catalogue.error.amount}")
  private @Nullable Integer targetAmount;

  private TimeLimit.@Nullable Unit targetUnit;

  private int revision;

  /** A bilingual row (a step). */
  public static class TextRow {
    @Size(max = 400, message = "{form.error.too-long}")
    private String zh = "";

    @Size(max = 800, message = "{form.error.too-long}")
    private String en = "";

    public String getZh() {
      return zh;
    }

    public void setZh(String zh) {
      this.zh = zh == null ? "" : zh;
    }

    public String getEn() {
      return en;
    }

    public void setEn(String en) {
      this.en = en == null ? "" : en;
    }

    boolean blank() {
      return zh.isBlank();
    }
  }

  /** A required document row. */
  public static class DocumentRow extends TextRow {
    private boolean verifiable;

    public boolean isVerifiable() {
      return verifiable;
    }

    public void setVerifiable(boolean verifiable) {
      this.verifiable = verifiable;
    }
  }

  static ServiceForm of(ServiceVersion version, int revision) {
    ServiceForm f = ServiceFormMapping.fromContent(version.content());
    f.code = version.code().value();
    f.unitId = version.unitId();
    f.revision = revision;
    return f.withSpareRows();
  }

  /** Adds the empty rows the page offers. */
  ServiceForm withSpareRows() {
    steps.removeIf(TextRow::blank);
    documents.removeIf(TextRow::blank);
    for (int i = 0; i < SPARE_ROWS; i++) {
      steps.add(new TextRow());
      documents.add(new DocumentRow());
    }
    return this;
  }

  ServiceContent toContent() {
    return new ServiceContent(
        new BilingualText(nameZh, nameEn),
        new BilingualText(summaryZh, summaryEn),
        new BilingualText(descriptionZh, descriptionEn),
        category,
        new BilingualText(legalBasisZh, legalBasisEn),
        steps.stream()
            .filter(r -> !r.blank())
            .map(r -> new Step(new BilingualText(r.getZh(), r.getEn())))
            .toList(),
        documents.stream()
            .filter(r -> !r.blank())
            .map(
                r ->
                    new RequiredDocument(new BilingualText(r.getZh(), r.getEn()), r.isVerifiable()))
            .toList(),
        List.of(),
        new Fee(feeAmount, feeNoteZh.isBlank() ? null : new BilingualText(feeNoteZh, feeNoteEn)),
        channels,
        limit(timeLimitAmount, timeLimitUnit),
        limit(targetAmount, targetUnit),
        List.of());
  }

  private static @Nullable TimeLimit limit(
      @Nullable Integer amount, TimeLimit.@Nullable Unit unit) {
    return amount == null || unit == null ? null : new TimeLimit(amount, unit);
  }

  /** Whether amount and unit of the limit are given together (both or neither). */
  boolean timeLimitComplete() {
    return (timeLimitAmount == null) == (timeLimitUnit == null);
  }

  boolean targetComplete() {
    return (targetAmount == null) == (targetUnit == null);
  }

  // Accessors for data binding.
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public @Nullable Long getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable Long unitId) {
    this.unitId = unitId;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String v) {
    this.nameZh = v;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String v) {
    this.nameEn = v;
  }

  public String getSummaryZh() {
    return summaryZh;
  }

  public void setSummaryZh(String v) {
    this.summaryZh = v;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public void setSummaryEn(String v) {
    this.summaryEn = v;
  }

  public String getDescriptionZh() {
    return descriptionZh;
  }

  public void setDescriptionZh(String v) {
    this.descriptionZh = v;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String v) {
    this.descriptionEn = v;
  }

  public ServiceCategory getCategory() {
    return category;
  }

  public void setCategory(ServiceCategory v) {
    this.category = v;
  }

  public String getLegalBasisZh() {
    return legalBasisZh;
  }

  public void setLegalBasisZh(String v) {
    this.legalBasisZh = v;
  }

  public String getLegalBasisEn() {
    return legalBasisEn;
  }

  public void setLegalBasisEn(String v) {
    this.legalBasisEn = v;
  }

  public List<TextRow> getSteps() {
    return steps;
  }

  public void setSteps(List<TextRow> v) {
    this.steps = new ArrayList<>(v);
  }

  public List<DocumentRow> getDocuments() {
    return documents;
  }

  public void setDocuments(List<DocumentRow> v) {
    this.documents = new ArrayList<>(v);
  }

  public int getFeeAmount() {
    return feeAmount;
  }

  public void setFeeAmount(int v) {
    this.feeAmount = v;
  }

  public String getFeeNoteZh() {
    return feeNoteZh;
  }

  public void setFeeNoteZh(String v) {
    this.feeNoteZh = v;
  }

  public String getFeeNoteEn() {
    return feeNoteEn;
  }

  public void setFeeNoteEn(String v) {
    this.feeNoteEn = v;
  }

  public Set<Channel> getChannels() {
    return channels;
  }

  public void setChannels(@Nullable Set<Channel> v) {
    this.channels = v == null || v.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(v);
  }

  public @Nullable Integer getTimeLimitAmount() {
    return timeLimitAmount;
  }

  public void setTimeLimitAmount(@Nullable Integer v) {
    this.timeLimitAmount = v;
  }

  public TimeLimit.@Nullable Unit getTimeLimitUnit() {
    return timeLimitUnit;
  }

  public void setTimeLimitUnit(TimeLimit.@Nullable Unit v) {
    this.timeLimitUnit = v;
  }

  public @Nullable Integer getTargetAmount() {
    return targetAmount;
  }

  public void setTargetAmount(@Nullable Integer v) {
    this.targetAmount = v;
  }

  public TimeLimit.@Nullable Unit getTargetUnit() {
    return targetUnit;
  }

  public void setTargetUnit(TimeLimit.@Nullable Unit v) {
    this.targetUnit = v;
  }

  public int getRevision() {
    return revision;
  }

  public void setRevision(int v) {
    this.revision = v;
  }
}
