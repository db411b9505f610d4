// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import tw.civicdesk.platform.error.NotFoundException;

/** An API key that does not exist, or that the caller may not manage (answered alike). */
public class ApiKeyNotFoundException extends NotFoundException {

  public ApiKeyNotFoundException() {
    super("open311.key.not-found");
  }
}
