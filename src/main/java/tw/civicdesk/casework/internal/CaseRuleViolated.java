// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import tw.civicdesk.platform.error.InvalidInputException;

/** A step the lifecycle allows, refused by one of the case's own rules; nothing changes. */
public class CaseRuleViolated extends InvalidInputException {

  static final String SUPPLEMENT_EMPTY = "casework.supplement.empty";
  static final String SUPPLEMENT_SECOND_ROUND = "casework.supplement.second-round";
  static final String SUPPLEMENT_DAYS = "casework.supplement.days";
  static final String EXTENSION_ONCE = "casework.extension.once";
  static final String EXTENSION_LATE = "casework.extension.late";
  static final String EXTENSION_TOO_LONG = "casework.extension.too-long";
  static final String REASON_REQUIRED = "casework.reason.required";
  static final String REMEDY_REQUIRED = "casework.decision.remedy";
  static final String OUTCOME_NOT_FOR_KIND = "casework.decision.not-for-kind";
  static final String MERGE_SELF = "casework.merge.self";
  static final String TAKE_FOR_SELF = "casework.assign.take-for-self";
  static final String KIND_SERVICE = "casework.kind.service";
  static final String RECEIVED_IN_FUTURE = "casework.received.future";
  static final String UNIT_UNKNOWN = "casework.unit.unknown";
  static final String CHILDREN_OPEN = "casework.decision.children-open";
  static final String CHILD_TOO_LATE = "casework.joint.too-late";
  static final String TRANSFER_SAME_AGENCY = "casework.transfer.same-agency";
  static final String FOLLOW_UP_NOT_DUE = "casework.follow-up.not-due";
  static final String FOLLOW_UP_NONE_OPEN = "casework.follow-up.none-open";
  static final String TEXT_REQUIRED = "casework.follow-up.text-required";
  static final String TEXT_TOO_LONG = "casework.follow-up.text-too-long";
  static final String REROUTE_SAME_UNIT = "casework.reroute.same-unit";
  static final String REFILE_NOT_DECIDED = "casework.refile.not-decided";

  CaseRuleViolated(String messageKey, String field) {
    super(messageKey);
    onField(field);
  }
}
