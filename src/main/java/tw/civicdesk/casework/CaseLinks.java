// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import org.jspecify.annotations.Nullable;

/**
 * How a case is tied to others.
 *
 * @param parent the case this one was opened for, as joint handling (會辦)
 * @param transferredFrom the case at another agency that was transferred (移文) into this one
 * @param transferredTo the case opened at the competent agency when this one was transferred
 * @param mergedInto the case this duplicate was merged into (併案)
 */
public record CaseLinks(
    @Nullable CaseNumber parent,
    @Nullable CaseNumber transferredFrom,
    @Nullable CaseNumber transferredTo,
    @Nullable CaseNumber mergedInto) {

  /** A case on its own. */
  public static final CaseLinks NONE = new CaseLinks(null, null, null, null);

  /** A child case of {@code parent}. */
  public static CaseLinks childOf(CaseNumber parent) {
    return new CaseLinks(parent, null, null, null);
  }

  /** A case opened by transfer from {@code from}. */
  public static CaseLinks transferredFrom(CaseNumber from) {
    return new CaseLinks(null, from, null, null);
  }

  public CaseLinks withTransferredTo(CaseNumber to) {
    return new CaseLinks(parent, transferredFrom, to, mergedInto);
  }

  public CaseLinks withMergedInto(CaseNumber into) {
    return new CaseLinks(parent, transferredFrom, transferredTo, into);
  }
}
