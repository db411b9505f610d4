// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import tw.civicdesk.platform.error.NotFoundException;

/** No such document or file, or one outside the caller's reach, or not public (yet or any more). */
public class DocumentNotFound extends NotFoundException {

  DocumentNotFound() {
    super("documents.not-found");
  }
}
