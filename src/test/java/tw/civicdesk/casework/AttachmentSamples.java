// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/** Small files of each kind, and cases to attach them to; for the attachment tests. */
public final class AttachmentSamples {

  public static final byte[] PDF =
      ascii(
          "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
              + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
  public static final byte[] PNG =
      bytes(
          0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
          0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89);
  public static final byte[] EXE = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff);
  public static final byte[] HTML =
      ascii(
          "<!DOCTYPE html><html><head><title>x</title></head>"
              + "<body><script>alert(1)</script></body></html>");

  /** Tika calls this a PDF, but something comes before the header. */
  public static final byte[] POLYGLOT = ascii("<html><script>alert(1)</script>\n%PDF-1.4\n%%EOF\n");

  private AttachmentSamples() {}

  /** The bytes of ASCII {@code text}. */
  public static byte[] ascii(String text) {
    return text.getBytes(US_ASCII);
  }

  /** Bytes from ints 0–255, for magic numbers. */
  public static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /**
   * A new application of {@code agency} for version 1 of its service {@code <agency>-SERVICE},
   * received today, filed at the counter through {@link CaseWork#file} by the clerk {@code clerk}
   * (a username, who reaches the case as its filer).
   */
  public static CaseNumber fileCase(ApplicationContext context, AgencyCode agency, long unitId) {
    return fileCase(context, agency, unitId, "clerk");
  }

  /** As above, filed by the counter clerk {@code clerk} (a username). */
  public static CaseNumber fileCase(
      ApplicationContext context, AgencyCode agency, long unitId, String clerk) {
    return context
        .getBean(CaseWork.class)
        .file(
            CaseCommand.File.application(
                Channel.COUNTER,
                agency,
                unitId,
                new ServiceCode(agency.value() + "-SERVICE"),
                1,
                TimeLimit.workingDays(6),
                LocalDate.now(context.getBean(Clock.class)),
                null,
                null,
                Map.of(),
                clerk))
        .number();
  }
}
