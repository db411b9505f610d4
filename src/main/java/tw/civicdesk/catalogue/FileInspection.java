// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.math.BigDecimal;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;

/**
 * Inspects an uploaded file (a blank form, a filled-in example) before anything is stored, and
 * decides from its content alone whether it is accepted — by the shared rules of {@link
 * ContentInspection} (PDF, ODT, ODS, PNG or JPEG judged by content; polyglots refused; a safe name
 * whose extension matches the type), with the catalogue's own limit and messages.
 *
 * <p>Contract of {@link #inspect(String, byte[])}, checked in this order: empty content is rejected
 * with {@value #EMPTY}; content above the limit ({@code civicdesk.catalogue.max-upload-size}, 5 MB
 * = 5 MiB by default) with {@value #TOO_LARGE}, argument: the limit in MB as a number; content of
 * any other type with {@value #TYPE}. Every rejection is an {@link UploadRejected} bound to the
 * form field {@code file}.
 *
 * <p>Thread-safe; one instance serves all requests.
 */
@Component
public class FileInspection {

  /** Message key: the file is empty. */
  public static final String EMPTY = "catalogue.upload.error.empty";

  /** Message key: the file is above the limit; argument {@code {0}} is the limit in MB. */
  public static final String TOO_LARGE = "catalogue.upload.error.too-large";

  /** Message key: the content is not of an accepted type. */
  public static final String TYPE = "catalogue.upload.error.type";

  /** The longest file name kept, in characters (Unicode code points), extension included. */
  public static final int MAX_NAME_LENGTH = ContentInspection.MAX_NAME_LENGTH;

  private final DataSize limit;

  /** An inspection with the default limit of 5 MB. */
  public FileInspection() {
    this(DataSize.parse(CatalogueSettings.MAX_UPLOAD_SIZE_DEFAULT));
  }

  /** An inspection with the limit of the settings. */
  @Autowired
  FileInspection(CatalogueSettings settings) {
    this(settings.maxUploadSize());
  }

  /**
   * An inspection that rejects content above {@code maxUploadSize}.
   *
   * @throws IllegalArgumentException if the limit is not positive
   */
  public FileInspection(DataSize maxUploadSize) {
    this.limit = ContentInspection.requirePositive(Objects.requireNonNull(maxUploadSize));
  }

  /**
   * Inspects one uploaded file.
   *
   * @param originalName the name the browser sent, possibly a full path, possibly {@code null}
   * @param content the whole content of the file
   * @return the file's safe name, detected type, size and SHA-256
   * @throws UploadRejected with {@value #EMPTY}, {@value #TOO_LARGE} or {@value #TYPE}
   */
  public InspectedFile inspect(String originalName, byte[] content) {
    InspectedContent file =
        ContentInspection.inspect(
            originalName,
            content,
            limit,
            (refusal, megabytes) ->
                switch (refusal) {
                  case EMPTY -> new UploadRejected(EMPTY);
                  case TOO_LARGE -> new UploadRejected(TOO_LARGE, megabytes);
                  case TYPE -> new UploadRejected(TYPE);
                });
    return new InspectedFile(file.fileName(), file.contentType(), file.size(), file.sha256());
  }

  /** The limit in MB, to one decimal rounded down, so that any file under it is accepted. */
  BigDecimal limitInMegabytes() {
    return ContentInspection.megabytes(limit);
  }
}
