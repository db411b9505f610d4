// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.files.PdfFont;

/**
 * Settings of the year's report, checked when the application starts (ADR 0035).
 *
 * @param reportFont {@code civicdesk.performance.report-font}: the CJK font every PDF is set in, a
 *     font file with, for a collection, {@code ,index} (default {@value PdfFont#DEFAULT}, AR PL
 *     UMing TW from Debian's fonts-arphic-uming); it must have TrueType outlines (ADR 0032), which
 *     {@link PdfFont} checks when it first loads the font
 */
@ConfigurationProperties("civicdesk.performance")
@Validated
record ReportSettings(@DefaultValue(PdfFont.DEFAULT) @NotBlank String reportFont) {}
