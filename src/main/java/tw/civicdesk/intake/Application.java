// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.catalogue.Channel;

/**
 * An application as submitted, not yet checked: every value as the applicant or the clerk gave it.
 * {@link Intake} checks it against the service and refuses it with every field error at once.
 *
 * @param receivedOn for phone and mail, the day the agency received it; ignored (today) for the
 *     counter and online
 * @param postmarkedOn for mail, the postmark date
 */
public record Application(
    String serviceCode,
    Channel channel,
    ApplicantForm applicant,
    Map<String, String> fields,
    boolean consent,
    @Nullable LocalDate receivedOn,
    @Nullable LocalDate postmarkedOn) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public Application {
    fields = fields == null ? Map.of() : new LinkedHashMap<>(fields);
  }

  /**
   * What the applicant typed about themselves.
   *
   * @param language {@code zh-TW} or {@code en}, blank for the page's language
   * @param notifyBy {@code EMAIL}, {@code SMS}, {@code POST} or {@code NONE}, blank for e-mail when
   *     an address is given, else none
   */
  public record ApplicantForm(
      @Nullable String name,
      @Nullable String nationalId,
      @Nullable String email,
      @Nullable String phone,
      @Nullable String address,
      @Nullable String language,
      @Nullable String notifyBy) {}

  /**
   * A SHA-256 fingerprint of the whole application with map entries in key order, so that the same
   * content always has the same fingerprint; compared when an idempotency key comes back.
   */
  public String fingerprint() {
    Map<String, Object> canonical = new TreeMap<>();
    canonical.put("serviceCode", serviceCode);
    canonical.put("channel", channel.name());
    canonical.put("applicant", applicant);
    canonical.put("fields", new TreeMap<>(fields));
    canonical.put("consent", consent);
    canonical.put("receivedOn", String.valueOf(receivedOn));
    canonical.put("postmarkedOn", String.valueOf(postmarkedOn));
    return digest(canonical);
  }

  /** The SHA-256 of {@code canonical} as JSON, in hex: the fingerprint of a submitted form. */
  static String digest(Map<String, Object> canonical) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(JSON.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
