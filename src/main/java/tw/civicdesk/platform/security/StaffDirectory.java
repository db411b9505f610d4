// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.security;

import java.util.Collection;
import java.util.Map;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Names for the identifiers that records keep: a staff member's display name for their username, an
 * agency's name for its code. Lets a module that records identifiers only (the audit log) show
 * names on a console page without depending on the module that defines staff and agencies
 * (organisation implements it). For pages whose viewer may already see the identifiers; it grants
 * no access of its own.
 */
public interface StaffDirectory {

  /**
   * The display names of those of {@code usernames} that name a staff account; a username with no
   * account (e.g. {@code applicant}, {@code system}) is absent from the answer.
   */
  Map<String, String> displayNames(Collection<String> usernames);

  /** The display name of {@code username}, or {@code username} itself when no account has it. */
  default String displayName(String username) {
    return displayNames(java.util.List.of(username)).getOrDefault(username, username);
  }

  /** The names of those of {@code agencyCodes} that name an agency; unknown codes are absent. */
  Map<String, BilingualText> agencyNames(Collection<String> agencyCodes);
}
