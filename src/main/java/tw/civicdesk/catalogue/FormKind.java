// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/** What a downloadable file of a service is. */
public enum FormKind {
  /** 申請書表: a blank form to fill in. */
  FORM,
  /** 填寫範例: a filled-in example. */
  EXAMPLE
}
