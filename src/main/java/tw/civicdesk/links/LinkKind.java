// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

/** Which of an agency's link lists a link belongs to. */
public enum LinkKind {
  /** 好站相連: related sites. */
  RELATED_SITES,
  /** 防災專區: disaster prevention and relief. */
  DISASTER
}
