// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Instant;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseNumber;

/**
 * A required document (應備文件) that staff checked electronically instead of asking the applicant for
 * paper (以電子查驗取代), e.g. a household registration transcript looked up in the household registration
 * system. Never changed once recorded.
 *
 * @param document the name of the required document
 * @param checked what was checked and where, e.g. {@code 戶役政系統查驗戶籍謄本}
 * @param verifiedBy the staff member ({@link Actor#who()})
 * @param at when it was recorded
 */
public record ElectronicVerification(
    long id,
    CaseNumber caseNumber,
    String document,
    String checked,
    String verifiedBy,
    Instant at) {}
