// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import tw.civicdesk.platform.error.ConflictException;

/** Someone else changed the document since it was read. */
public class DocumentConflict extends ConflictException {

  DocumentConflict() {
    super("documents.error.concurrent-change");
  }
}
