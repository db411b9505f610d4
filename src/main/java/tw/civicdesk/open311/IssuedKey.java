// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

/**
 * A key just issued: the only moment the key itself exists outside the client's hands. Show it once
 * and drop it; CivicDesk keeps only its digest.
 *
 * @param key what is stored about it
 * @param secret the key to hand to the client, {@value ApiKeys#PREFIX} and 43 URL-safe characters
 */
public record IssuedKey(ApiKey key, String secret) {

  @Override
  public String toString() {
    return "IssuedKey[" + key.id() + "]";
  }
}
