// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.identity.NationalId;

/** Stores applicants' personal data apart from their cases; package-private. */
@Repository
class Applicants {

  private final JdbcClient jdbc;

  Applicants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(CaseNumber number, Applicant a, Instant consentedAt) {
    jdbc.sql(
            """
        insert into casework_applicant (case_number, name, national_id, email, phone, address,
          language, notify_by, consented_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            number.value(),
            a.name(),
            a.nationalId() == null ? null : a.nationalId().value(),
            a.email(),
            a.phone(),
            a.address(),
            a.language().toLanguageTag(),
            a.notifyBy().name(),
            Timestamp.from(consentedAt))
        .update();
  }

  Optional<Applicant> find(CaseNumber number) {
    return jdbc.sql("select * from casework_applicant where case_number = ?")
        .param(number.value())
        .query(
            (rs, n) ->
                new Applicant(
                    rs.getString("name"),
                    rs.getString("national_id") == null
                        ? null
                        : NationalId.parse(rs.getString("national_id")),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("address"),
                    Locale.forLanguageTag(rs.getString("language")),
                    Applicant.NotifyBy.valueOf(rs.getString("notify_by"))))
        .optional();
  }

  /**
   * The cases whose applicant gave the e-mail address {@code normalisedEmail} (compared in lower
   * case), newest first, at most {@code limit}.
   */
  List<CaseNumber> filedWith(String normalisedEmail, int limit) {
    return jdbc.sql(
            """
        select a.case_number from casework_applicant a
        join casework_case c on c.number = a.case_number
        where lower(a.email) = ?
        order by c.created_at desc, a.case_number desc
        limit ?
        """)
        .params(normalisedEmail, limit)
        .query((rs, n) -> new CaseNumber(rs.getString(1)))
        .list();
  }

  /**
   * Notices for the applicant of {@code number} go by {@code channel} to {@code address} (the
   * e-mail address or the mobile number, replacing the old one); the other contacts stay.
   *
   * @return whether the case has an applicant (and so was changed)
   */
  boolean changeContact(CaseNumber number, Applicant.NotifyBy channel, String address) {
    String sql =
        switch (channel) {
          case EMAIL ->
              "update casework_applicant set notify_by = ?, email = ? where case_number = ?";
          case SMS ->
              "update casework_applicant set notify_by = ?, phone = ? where case_number = ?";
          case POST, NONE ->
              throw new IllegalArgumentException("No address to verify for " + channel);
        };
    return jdbc.sql(sql).params(channel.name(), address, number.value()).update() == 1;
  }

  /**
   * Those of {@code among} whose applicant gave the same e-mail address (in lower case) or the same
   * mobile number (its digits) as the applicant of {@code number}; none when it has neither. The
   * addresses are compared here and leave nothing but case numbers.
   */
  List<CaseNumber> sameContact(CaseNumber number, java.util.Collection<CaseNumber> among) {
    if (among.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
        select o.case_number from casework_applicant a
        join casework_applicant o on o.case_number = any (?) and o.case_number <> a.case_number
          and ((a.email is not null and lower(o.email) = lower(a.email))
            or (a.phone is not null and length(regexp_replace(a.phone, '\\D', '', 'g')) > 0
              and regexp_replace(o.phone, '\\D', '', 'g')
                = regexp_replace(a.phone, '\\D', '', 'g')))
        where a.case_number = ?
        order by o.case_number
        """)
        .params(among.stream().map(CaseNumber::value).toArray(String[]::new), number.value())
        .query((rs, n) -> new CaseNumber(rs.getString(1)))
        .list();
  }

  /** Only the applicant's name, for masking; empty when the case has no applicant. */
  Optional<String> name(CaseNumber number) {
    return jdbc.sql("select name from casework_applicant where case_number = ?")
        .param(number.value())
        .query(String.class)
        .optional();
  }
}
