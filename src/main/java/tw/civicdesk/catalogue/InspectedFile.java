// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/**
 * An uploaded file that passed {@link FileInspection}: safe to store and to offer for download.
 *
 * @param fileName the sanitised name, at most 120 characters, never a path, always ending in the
 *     extension of {@code contentType}
 * @param contentType the media type found in the content (never taken from the name)
 * @param size the size of the content in bytes, above zero
 * @param sha256 lower-case hex SHA-256 of the content, 64 characters
 */
public record InspectedFile(String fileName, String contentType, long size, String sha256) {}
