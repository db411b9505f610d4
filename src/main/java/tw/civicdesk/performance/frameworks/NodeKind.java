// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import org.springframework.modulith.NamedInterface;

/** What a node of a scoring framework is, from the root down. */
@NamedInterface("api")
public enum NodeKind {
  /** 構面, e.g. 優質便民服務 or 基礎服務. */
  DIMENSION,
  /** 評核項目, e.g. 服務流程 or 服務一致及正確. */
  ITEM,
  /** 指標 (older award), e.g. 服務流程便捷性. */
  INDICATOR,
  /** 評核重點 (政府服務獎), e.g. 服務及時性. */
  KEY_POINT,
  /** A heading of an agency's own, as 鳳山's 實施要項 / 執行策略; only in plans, never in frameworks. */
  HEADING
}
