// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import tw.civicdesk.documents.AgencyDocument;
import tw.civicdesk.documents.DocumentCategory;
import tw.civicdesk.documents.DocumentCommands.DocumentDraft;
import tw.civicdesk.platform.i18n.BilingualText;

/** The console form of a document's fields (its files come as a separate multipart part). */
public class DocumentForm {

  @NotNull(message = "{form.error.required}")
  private DocumentCategory category = DocumentCategory.REGULATION;

  @NotBlank(message = "{form.error.required}")
  @Size(max = 200, message = "{form.error.too-long}")
  private String titleZh = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String titleEn = "";

  @NotNull(message = "{form.error.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate documentDate;

  @NotNull(message = "{form.error.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate publishOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate reviewOn;

  private int version;

  static DocumentForm of(AgencyDocument d) {
    DocumentForm f = new DocumentForm();
    f.category = d.category();
    f.titleZh = d.title().zh();
    f.titleEn = d.title().en();
    f.documentDate = d.documentDate();
    f.publishOn = d.publishOn();
    f.reviewOn = d.reviewOn();
    f.version = d.version();
    return f;
  }

  static DocumentForm fresh(LocalDate today) {
    DocumentForm f = new DocumentForm();
    f.documentDate = today;
    f.publishOn = today;
    return f;
  }

  /** A review date, when given, is not before the publish day. */
  @AssertTrue(message = "{documents.error.review-before-publish}")
  public boolean isReviewOnAfterPublish() {
    return reviewOn == null || publishOn == null || !reviewOn.isBefore(publishOn);
  }

  DocumentDraft toDraft() {
    return new DocumentDraft(
        category,
        new BilingualText(titleZh, titleEn),
        java.util.Objects.requireNonNull(documentDate),
        java.util.Objects.requireNonNull(publishOn),
        reviewOn);
  }

  public DocumentCategory getCategory() {
    return category;
  }

  public void setCategory(DocumentCategory v) {
    this.category = v;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String v) {
    this.titleZh = v;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String v) {
    this.titleEn = v;
  }

  public @Nullable LocalDate getDocumentDate() {
    return documentDate;
  }

  public void setDocumentDate(@Nullable LocalDate v) {
    this.documentDate = v;
  }

  public @Nullable LocalDate getPublishOn() {
    return publishOn;
  }

  public void setPublishOn(@Nullable LocalDate v) {
    this.publishOn = v;
  }

  public @Nullable LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(@Nullable LocalDate v) {
    this.reviewOn = v;
  }

  /** The field the files' errors are told on (the files themselves come as their own part). */
  public String getAttachments() {
    return "";
  }

  public void setAttachments(String ignored) {
    // the files are read from the multipart part "files", never bound here
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
