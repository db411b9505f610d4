// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.address;

import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site's public address, read here and nowhere else; everybody else asks {@link PublicAddress}.
 *
 * @param publicBaseUrl {@code civicdesk.public-base-url}: the {@code http} or {@code https} address
 *     links that leave the page start with (e.g. {@code https://desk.yilan.gov.tw}); empty (the
 *     default): each link takes the address of the request it is made in (ADR 0033)
 */
@ConfigurationProperties("civicdesk")
@Validated
record PublicAddressSettings(
    @DefaultValue("") @URL(regexp = "(https?://.+)?") String publicBaseUrl) {}
