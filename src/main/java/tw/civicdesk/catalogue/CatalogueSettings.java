// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of the catalogue.
 *
 * @param maxUploadSize {@code civicdesk.catalogue.max-upload-size}: the largest form file an editor
 *     may upload ({@value #MAX_UPLOAD_SIZE_DEFAULT} by default, binary megabytes)
 */
@ConfigurationProperties("civicdesk.catalogue")
@Validated
record CatalogueSettings(
    @DefaultValue(CatalogueSettings.MAX_UPLOAD_SIZE_DEFAULT) @PositiveSize DataSize maxUploadSize) {

  /** The default of {@link #maxUploadSize}, also of a {@link FileInspection} made by hand. */
  static final String MAX_UPLOAD_SIZE_DEFAULT = "5MB";
}
