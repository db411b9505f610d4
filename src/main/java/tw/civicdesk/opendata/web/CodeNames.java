// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.OpenData;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Names for the codes a dataset's cells carry, so the dataset page reads 「臨櫃辦理」 where the files say
 * {@code COUNTER}: the source's own names first ({@code DatasetSource.labels}, e.g. an agency's
 * petition categories), then a published service's name for a service code, then the bundle's
 * {@code opendata.code.<CODE>} (channels, kinds, survey dimensions, scopes), else the code itself.
 * The files keep the codes; their meanings are in each dataset's field descriptions.
 */
@Component
class CodeNames {

  private final OpenData openData;
  private final Catalogue catalogue;
  private final MessageSource messages;

  CodeNames(OpenData openData, Catalogue catalogue, MessageSource messages) {
    this.openData = openData;
    this.catalogue = catalogue;
    this.messages = messages;
  }

  /** The name of every code in {@code codes} for {@code agency}'s cells of {@code dataset}. */
  Map<String, String> of(Dataset dataset, String agency, List<String> codes, Locale locale) {
    Map<String, BilingualText> own = openData.labels(dataset.id(), agency);
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : codes) {
      out.computeIfAbsent(code, c -> name(c, own, locale));
    }
    return out;
  }

  private String name(String code, Map<String, BilingualText> own, Locale locale) {
    if (Dataset.TOTAL.equals(code)) {
      return messages.getMessage("opendata.total", null, locale);
    }
    BilingualText named = own.get(code);
    if (named != null) {
      return named.in(locale);
    }
    if (ServiceCode.isValid(code)) {
      var service = catalogue.published(ServiceCode.of(code));
      if (service.isPresent()) {
        return service.get().content().name().in(locale);
      }
    }
    return messages.getMessage("opendata.code." + code, null, code, locale);
  }
}
