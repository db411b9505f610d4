// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.i18n.BilingualText;

/** Public JSON API of agencies: {@code GET /api/v1/agencies} and one agency's profile. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

  private final Organisation organisation;

  AgencyApiController(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Every agency, parents before their children. */
  @GetMapping
  List<AgencySummary> list() {
    return organisation.agencies().stream().map(AgencySummary::of).toList();
  }

  /** One agency's public profile; 404 problem when the code is unknown. */
  @GetMapping("/{code}")
  AgencyProfile get(@PathVariable String code) {
    Agency agency = AgencyCode.isValid(code) ? organisation.agency(AgencyCode.of(code))
        .orElseThrow(AgencyNotFoundException::new) : null;
    if (agency == null) {
      throw new AgencyNotFoundException();
    }
    return AgencyProfile.of(agency);
  }

  /** A text in both languages, keyed {@code zh-TW} and {@code en}. */
  record Text(@JsonProperty("zh-TW") String zhTw, @JsonProperty("en") String en) {
    static Text of(BilingualText text) {
      return new Text(text.zh(), text.en());
    }
  }

  /** One row of the agency list. */
  record AgencySummary(String code, Text name, @Nullable String parentCode, String type) {
    static AgencySummary of(Agency a) {
      return new AgencySummary(a.code().value(), Text.of(a.name()),
          a.parentCode() == null ? null : a.parentCode().value(), a.type().name());
    }
  }

  /** An agency's public profile. */
  record AgencyProfile(String code, Text name, @Nullable String parentCode, String type,
      Text address, String phone, Text openingHours) {
    static AgencyProfile of(Agency a) {
      return new AgencyProfile(a.code().value(), Text.of(a.name()),
          a.parentCode() == null ? null : a.parentCode().value(), a.type().name(),
          Text.of(a.address()), a.phone(), Text.of(a.openingHours()));
    }
  }
}
