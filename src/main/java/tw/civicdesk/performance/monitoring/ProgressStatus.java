// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import org.springframework.modulith.NamedInterface;

/** How a unit says a practice stands in a reporting period (執行情形). */
@NamedInterface("api")
public enum ProgressStatus {
  /** 尚未辦理. */
  NOT_STARTED,
  /** 辦理中, on schedule. */
  ON_TRACK,
  /** 落後, behind schedule. */
  DELAYED,
  /** 已完成. */
  DONE
}
