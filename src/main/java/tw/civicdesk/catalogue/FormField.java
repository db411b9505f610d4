// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;
import tw.civicdesk.platform.i18n.BilingualText;

/** TEMPORARY shim until the form-fields branch lands; replaced by it. */
public record FormField(String name, boolean required, BilingualText label, List<Object> choices) {}
