// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A POST requests as sent, not yet checked ({@link Open311Filing#file}): every value as the client
 * gave it. {@code device_id}, {@code account_id} and {@code media_url} are not taken: CivicDesk
 * keeps no device or account of another system, and fetches no file from an address a client names
 * (ADR 0039).
 *
 * @param lat latitude as sent, {@code null} when not sent
 * @param attributes the answers to the service's attributes by code ({@code attribute[code]}; a
 *     multi-value list answers several)
 * @param language the language of the request ({@code Accept-Language} or {@code lang}): the case's
 *     language, in which its reply is written
 */
public record Report(
    @Nullable String serviceCode,
    @Nullable String lat,
    @Nullable String lon,
    @Nullable String addressString,
    @Nullable String addressId,
    Map<String, List<String>> attributes,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String description,
    Locale language) {

  public Report {
    attributes = Map.copyOf(attributes);
  }

  @Override
  public String toString() {
    return "Report[" + serviceCode + "]";
  }
}
