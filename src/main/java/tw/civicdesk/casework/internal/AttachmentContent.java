// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import tw.civicdesk.casework.Attachment;

/**
 * An attachment with its bytes, for a download. The array is the caller's to keep; equality is by
 * identity of the array, as for any record holding one.
 *
 * @param bytes exactly the bytes that were uploaded ({@link Attachment#sha256()} matches them)
 */
public record AttachmentContent(Attachment attachment, byte[] bytes) {}
