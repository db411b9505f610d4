// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

/**
 * A stored file of an announcement with its content, for a download.
 *
 * @param fileName the sanitised name
 * @param contentType the type detected from the content when it was accepted
 * @param sha256 the content's checksum
 * @param content the bytes
 */
public record AnnouncementFile(
    String fileName, String contentType, String sha256, byte[] content) {}
