// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.EnumSet;
import java.util.Set;
import tw.civicdesk.organisation.Role;

/** Who acts on a case: the applicant, the system itself, or staff in one of their roles. */
public enum Party {
  /** 申請人: the citizen who filed the case. */
  APPLICANT,
  /** The system, e.g. closing a case automatically. */
  SYSTEM,
  /** 櫃台人員, e.g. recording a supplement handed in at the counter. */
  COUNTER_CLERK,
  /** 承辦人. */
  CASE_OFFICER,
  /** 單位主管. */
  UNIT_HEAD,
  /** 研考人員: sends follow-ups (稽催) on cases due or late. */
  QUALITY_OFFICER;

  /** The parties a staff member can act as, from their roles. */
  public static Set<Party> of(Set<Role> roles) {
    Set<Party> parties = EnumSet.noneOf(Party.class);
    roles.forEach(
        role -> {
          switch (role) {
            case COUNTER_CLERK -> parties.add(COUNTER_CLERK);
            case CASE_OFFICER -> parties.add(CASE_OFFICER);
            case UNIT_HEAD -> parties.add(UNIT_HEAD);
            case QUALITY_OFFICER -> parties.add(QUALITY_OFFICER);
            default -> {}
          }
        });
    return parties;
  }
}
