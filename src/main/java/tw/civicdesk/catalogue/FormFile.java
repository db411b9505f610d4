// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A downloadable file of a service: a blank form or a filled-in example, stored once and referred
 * to by every version that lists it.
 *
 * @param fileId the stored file
 * @param fileName the name offered on download (sanitised on upload)
 * @param contentType the type found in the file's content
 * @param sha256 hex checksum of the content
 */
public record FormFile(
    long fileId,
    FormKind kind,
    BilingualText title,
    String fileName,
    String contentType,
    long size,
    String sha256) {}
