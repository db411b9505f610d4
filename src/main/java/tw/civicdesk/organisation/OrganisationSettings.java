// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's default for agencies (the property keeps its name from the deadlines issue, ADR
 * 0015; organisation owns it because agencies fall back on it).
 *
 * @param closurePolicy {@code civicdesk.deadlines.closure-policy}: how an agency's full-day
 *     closures move its cases' deadlines when the agency has not chosen ({@code STOPS_CLOCK}, the
 *     default, or {@code NONE})
 */
@ConfigurationProperties("civicdesk.deadlines")
@Validated
record OrganisationSettings(@DefaultValue("STOPS_CLOCK") @NotNull ClosurePolicy closurePolicy) {}
