// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import tw.civicdesk.platform.i18n.BilingualText;

/** The licence of every open dataset: 政府資料開放授權條款－第1版 (Open Government Data License, v1.0). */
public final class Licence {

  /** The SPDX identifier. */
  public static final String SPDX = "OGDL-Taiwan-1.0";

  /** The licence's page (授權說明網址). */
  public static final String URL = "https://data.gov.tw/license";

  /** data.gov.tw's code of the licence in its metadata ({@code license}). */
  public static final String DATA_GOV_TW_CODE = "1";

  /** The licence's name. */
  public static final BilingualText NAME =
      new BilingualText("政府資料開放授權條款－第1版", "Open Government Data License, version 1.0");

  private Licence() {}
}
