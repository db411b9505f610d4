// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.platform.i18n.Languages;

/**
 * What every page layout needs: the HTML {@code lang} value, the language tag, and the link that
 * switches to the other language while staying on the same page.
 */
@ControllerAdvice
class LayoutModelAdvice {

  @ModelAttribute("layout")
  LayoutInfo layout(HttpServletRequest request, Locale locale) {
    return LayoutInfo.of(request, locale);
  }

  /**
   * @param htmlLang value of the {@code lang} attribute
   * @param lang {@code zh-TW} or {@code en}
   * @param otherLang the language the switch offers
   * @param switchUrl the current path with {@code ?lang=} set to {@code otherLang}
   * @param path the current path, for marking the current navigation item
   */
  public record LayoutInfo(String htmlLang, String lang, String otherLang, String switchUrl,
      String path) {

    static LayoutInfo of(HttpServletRequest request, Locale locale) {
      String other = Languages.isEnglish(locale) ? "zh-TW" : "en";
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String switchUrl = UriComponentsBuilder.fromPath(request.getRequestURI())
          .query(request.getQueryString()).replaceQueryParam("lang", other)
          .build().toUriString();
      return new LayoutInfo(Languages.htmlLang(locale), Languages.tag(locale), other, switchUrl,
          path);
    }
  }
}
