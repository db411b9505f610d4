// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The tables {@code open311_attribute} and {@code open311_attribute_value}: an agency's own
 * questions for a category, else those every agency's category of that code asks ({@code '*'}).
 */
@Repository
class AttributeRows {

  static final String EVERY_AGENCY = "*";

  private final JdbcClient jdbc;

  AttributeRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The attributes of {@code category} at {@code agency}, in order. */
  List<Attribute> of(AgencyCode agency, String category) {
    List<Attribute> own = read(agency.value(), category);
    return own.isEmpty() ? read(EVERY_AGENCY, category) : own;
  }

  /** The category codes of {@code agency} that ask anything (its own or every agency's). */
  java.util.Set<String> categoriesWithAttributes(AgencyCode agency) {
    return new java.util.HashSet<>(
        jdbc.sql(
                "select distinct category_code from open311_attribute"
                    + " where agency_code in (:agency, '*')")
            .param("agency", agency.value())
            .query(String.class)
            .list());
  }

  private List<Attribute> read(String agency, String category) {
    Map<String, List<Attribute.Choice>> values = values(agency, category);
    return jdbc.sql(
            """
            select code, datatype, required, position, description_zh, description_en, hint_zh,
                hint_en
            from open311_attribute where agency_code = :agency and category_code = :category
            order by position, code
            """)
        .param("agency", agency)
        .param("category", category)
        .query(
            (rs, n) -> {
              String hint = rs.getString("hint_zh");
              return new Attribute(
                  rs.getString("code"),
                  Attribute.Datatype.valueOf(rs.getString("datatype").toUpperCase(Locale.ROOT)),
                  rs.getBoolean("required"),
                  n + 1,
                  new BilingualText(rs.getString("description_zh"), rs.getString("description_en")),
                  hint == null ? null : new BilingualText(hint, rs.getString("hint_en")),
                  values.getOrDefault(rs.getString("code"), List.of()));
            })
        .list();
  }

  private Map<String, List<Attribute.Choice>> values(String agency, String category) {
    Map<String, List<Attribute.Choice>> values = new LinkedHashMap<>();
    jdbc.sql(
            """
            select attribute_code, key, name_zh, name_en from open311_attribute_value
            where agency_code = :agency and category_code = :category
            order by attribute_code, position, key
            """)
        .param("agency", agency)
        .param("category", category)
        .query(
            (rs, n) ->
                values
                    .computeIfAbsent(rs.getString("attribute_code"), c -> new ArrayList<>())
                    .add(
                        new Attribute.Choice(
                            rs.getString("key"),
                            new BilingualText(rs.getString("name_zh"), rs.getString("name_en")))))
        .list();
    return values;
  }
}
