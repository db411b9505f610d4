// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.platform.error.MalformedRequestException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The jurisdictions this server serves: every agency that takes facility reports ({@link
 * PetitionRules#rule}). A {@code jurisdiction_id} is an agency's code; it may be left out only
 * while there is exactly one.
 */
@Service
public class Jurisdictions {

  static final String REQUIRED = "open311.error.jurisdiction-required";
  static final String UNKNOWN = "open311.error.jurisdiction-unknown";

  private final Organisation organisation;
  private final PetitionRules rules;

  Jurisdictions(Organisation organisation, PetitionRules rules) {
    this.organisation = organisation;
    this.rules = rules;
  }

  /**
   * The agency {@code jurisdictionId} names, or the only jurisdiction when it is left out.
   *
   * @throws MalformedRequestException (400) when it is left out and there are several
   * @throws NotFoundException (404) when no agency taking facility reports has that code
   */
  @Transactional(readOnly = true)
  public Agency resolve(@Nullable String jurisdictionId) {
    if (jurisdictionId == null || jurisdictionId.isBlank()) {
      List<Agency> all = all();
      if (all.size() != 1) {
        throw new MalformedRequestException("jurisdiction_id", REQUIRED);
      }
      return all.get(0);
    }
    if (!AgencyCode.isValid(jurisdictionId)) {
      throw new NotFoundException(UNKNOWN);
    }
    AgencyCode code = AgencyCode.of(jurisdictionId);
    return organisation
        .agency(code)
        .filter(this::servedHere)
        .orElseThrow(() -> new NotFoundException(UNKNOWN));
  }

  /** Every jurisdiction, parents before children. */
  @Transactional(readOnly = true)
  public List<Agency> all() {
    return organisation.agencies().stream().filter(this::servedHere).toList();
  }

  private boolean servedHere(Agency agency) {
    return rules.rule(agency.code(), CaseKind.FACILITY_REPORT).isPresent();
  }
}
