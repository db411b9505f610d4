// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of incoming input (ADR 0027).
 *
 * @param maxBodySize {@code civicdesk.web.max-body-size}: the largest request body that is not
 *     multipart (default 1 MB, binary megabytes as Spring's {@code 1MB}); a larger one is answered
 *     413 before it is read
 */
@ConfigurationProperties("civicdesk.web")
@Validated
record WebSettings(@DefaultValue("1MB") @PositiveSize DataSize maxBodySize) {}
