// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/** A text typed in Traditional Chinese and English on a survey form ({@code title.zh}, …). */
public class BilingualForm {

  private String zh = "";
  private String en = "";

  /** An empty pair. */
  public BilingualForm() {}

  BilingualForm(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  static BilingualForm of(@Nullable BilingualText text) {
    return text == null ? new BilingualForm() : new BilingualForm(text.zh(), text.en());
  }

  /** Whether both languages are blank. */
  boolean isBlank() {
    return zh.isBlank() && en.isBlank();
  }

  public String getZh() {
    return zh;
  }

  public void setZh(@Nullable String zh) {
    this.zh = zh == null ? "" : zh;
  }

  public String getEn() {
    return en;
  }

  public void setEn(@Nullable String en) {
    this.en = en == null ? "" : en;
  }
}
