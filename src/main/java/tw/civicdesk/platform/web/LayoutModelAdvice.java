// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import jakarta.servlet.RequestDispatcher;
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
public class LayoutModelAdvice {

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
  public record LayoutInfo(
      String htmlLang, String lang, String otherLang, String switchUrl, String path) {

    /** The layout facts of {@code request}, for views rendered outside a controller. */
    public static LayoutInfo of(HttpServletRequest request, Locale locale) {
      String other = Languages.isEnglish(locale) ? "zh-TW" : "en";
      // On an error page (a forward to /error) the address the visitor sees is the original one.
      Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      String uri = failed instanceof String original ? original : request.getRequestURI();
      String query = failed instanceof String ? null : request.getQueryString();
      String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
      String switchUrl =
          UriComponentsBuilder.fromPath(uri)
              .query(query)
              .replaceQueryParam("lang", other)
              .build()
              .toUriString();
      return new LayoutInfo(
          Languages.htmlLang(locale), Languages.tag(locale), other, switchUrl, path);
    }
  }
}
