// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform operator's contacts ({@link SiteContact}); each may be empty (the default), and what
 * is empty is left out.
 *
 * @param contactEmail {@code civicdesk.site.contact-email}: the operator's e-mail address
 * @param contactPhone {@code civicdesk.site.contact-phone}: the operator's phone number, at most 40
 *     characters
 */
@ConfigurationProperties("civicdesk.site")
@Validated
record SiteSettings(
    @DefaultValue("") @Email String contactEmail,
    @DefaultValue("") @Size(max = 40) String contactPhone) {}
