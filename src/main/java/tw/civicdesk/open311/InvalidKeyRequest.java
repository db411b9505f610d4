// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import tw.civicdesk.platform.error.InvalidInputException;

/** An API key request an administrator filled in wrongly: a blank label, a limit out of range. */
public class InvalidKeyRequest extends InvalidInputException {

  InvalidKeyRequest(String field, String messageKey, Object... arguments) {
    super(messageKey, "invalid API key request: " + field, arguments);
    onField(field);
  }
}
