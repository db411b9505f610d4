// SPDX-License-Identifier: EUPL-1.2
/**
 * What the modules' settings records share (ADR 0035). Every module reads its {@code civicdesk.*}
 * settings through one {@code @ConfigurationProperties} record of its own, whose
 * {@code @DefaultValue}s are the only defaults and whose constraints are checked when the
 * application starts: a bad value stops the start, and Spring Boot's failure message names the
 * property. This package holds the constraints Jakarta Validation lacks: {@link
 * tw.civicdesk.platform.settings.CronOrOff} and {@link
 * tw.civicdesk.platform.settings.PositiveSize}.
 */
@org.jspecify.annotations.NullMarked
package tw.civicdesk.platform.settings;
