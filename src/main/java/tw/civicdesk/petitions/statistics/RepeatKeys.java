// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Recognises a petitioner who writes again about the same category, for the repeat rate, without
 * keeping who they are: each case with an e-mail or a phone leaves keyed hashes of them
 * (HMAC-SHA256 under a secret made once per installation), and a new case of the same agency and
 * category that matches one received within the repeat window before it is a repeat. The hashes are
 * kept for twice the window (a letter recorded late still finds its earlier cases) and then purged.
 */
@Component
class RepeatKeys implements Purge {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final StatisticsSettings settings;
  private final TransactionTemplate ownTransaction;
  private volatile byte @Nullable [] secret;

  RepeatKeys(
      JdbcClient jdbc,
      Clock clock,
      StatisticsSettings settings,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Whether {@code applicant} gave a way to be recognised: an e-mail or a phone. */
  static boolean named(@Nullable Applicant applicant) {
    return applicant != null && !contacts(applicant).isEmpty();
  }

  /**
   * Records the petitioner of case {@code number} and answers whether they filed a case of the same
   * agency and category received within the window up to {@code receivedOn}.
   */
  boolean repeat(
      String number,
      String agency,
      String category,
      @Nullable Applicant applicant,
      LocalDate receivedOn) {
    if (applicant == null) {
      return false;
    }
    boolean repeat = false;
    for (String contact : contacts(applicant)) {
      byte[] key = hash(contact);
      repeat |=
          jdbc.sql(
                  """
                  select exists (select 1 from petition_repeat_key where agency_code = ?
                      and category_code = ? and petitioner = ? and received_on between ? and ?)
                  """)
              .params(
                  agency,
                  category,
                  key,
                  Date.valueOf(receivedOn.minusDays(settings.repeatWindowDays())),
                  Date.valueOf(receivedOn))
              .query(Boolean.class)
              .single();
      jdbc.sql("insert into petition_repeat_key values (?, ?, ?, ?, ?) on conflict do nothing")
          .params(agency, category, key, Date.valueOf(receivedOn), number)
          .update();
    }
    return repeat;
  }

  @Override
  public String name() {
    return "petition-repeat-keys";
  }

  @Override
  public int purge(java.time.Instant now) {
    LocalDate before =
        LocalDate.ofInstant(now, clock.getZone()).minusDays(2L * settings.repeatWindowDays());
    return jdbc.sql("delete from petition_repeat_key where received_on < ?")
        .param(Date.valueOf(before))
        .update();
  }

  /** The e-mail (lower case) and the phone (digits, +886 as 0) the applicant gave. */
  static List<String> contacts(Applicant applicant) {
    List<String> contacts = new ArrayList<>(2);
    String email = applicant.email();
    if (email != null && !email.isBlank()) {
      contacts.add("e:" + email.strip().toLowerCase(Locale.ROOT));
    }
    String phone = applicant.phone();
    if (phone != null) {
      String digits = phone.replaceAll("\\D", "");
      if (digits.startsWith("886") && digits.length() > 9) {
        digits = "0" + digits.substring(3);
      }
      if (!digits.isEmpty()) {
        contacts.add("p:" + digits);
      }
    }
    return contacts;
  }

  private byte[] hash(String contact) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
      return mac.doFinal(contact.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private byte[] secret() {
    byte[] known = secret;
    if (known == null) {
      known =
          ownTransaction.execute(
              status -> {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                jdbc.sql(
                        "insert into petition_secret (id, secret) values (1, ?)"
                            + " on conflict do nothing")
                    .param(fresh)
                    .update();
                return jdbc.sql("select secret from petition_secret where id = 1")
                    .query(byte[].class)
                    .single();
              });
      secret = known;
    }
    return java.util.Objects.requireNonNull(known);
  }
}
