// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/** Commands that create or change documents; values already parsed and typed. */
public final class DocumentCommands {

  private DocumentCommands() {}

  /** The editable fields of a document. */
  public record DocumentDraft(
      DocumentCategory category,
      BilingualText title,
      LocalDate documentDate,
      LocalDate publishOn,
      @Nullable LocalDate reviewOn) {}

  /** An uploaded file as the client sent it; judged by its content, never by its name. */
  public record Upload(@Nullable String fileName, byte[] content) {}

  /** A stored file with its bytes, for a download. */
  public record FileContent(String fileName, String contentType, String sha256, byte[] content) {}
}
