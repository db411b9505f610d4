// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/** A stored form file with its bytes, for download. */
public record StoredFile(
    long id,
    ServiceCode service,
    String fileName,
    String contentType,
    long size,
    String sha256,
    byte[] content) {}
