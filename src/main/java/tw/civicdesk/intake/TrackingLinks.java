// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.files.QrCode;

/**
 * The link a receipt gives to the public tracking page, and the same link as a QR code for a phone.
 * The link carries the case number only, never the verification code (which the holder types in),
 * so neither a photo of the QR code nor a browser history gives the case away. The site's address
 * comes from {@link PublicAddress}: the setting, else the request's own address.
 */
@Component
public class TrackingLinks {

  private final PublicAddress address;

  TrackingLinks(PublicAddress address) {
    this.address = address;
  }

  /** The absolute address of the tracking page for {@code number} (during a request). */
  public String trackingUrl(CaseNumber number) {
    return address.link("/track?number=" + number.value());
  }

  /**
   * The QR code of {@link #trackingUrl} as an SVG data URI for an {@code <img>} (allowed by the
   * content security policy: {@code img-src 'self' data:}), black on white, crisp when printed.
   */
  public String qrCodeDataUri(CaseNumber number) {
    return QrCode.svgDataUri(trackingUrl(number));
  }
}
