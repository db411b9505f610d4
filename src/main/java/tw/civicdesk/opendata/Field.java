// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A column of a dataset (主要欄位說明).
 *
 * @param name the column's name in the files, lower snake case, e.g. {@code agency}
 * @param description what it holds, in both languages
 */
public record Field(String name, BilingualText description) {}
