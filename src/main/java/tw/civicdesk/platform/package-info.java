// SPDX-License-Identifier: EUPL-1.2
/**
 * Platform (平台): the pieces every module shares — layouts and error pages, RFC 9457 problem details
 * for the JSON API, internationalisation (zh-TW and en), bilingual text, the {@code Clock}, the
 * embedded PostgreSQL, the OpenAPI description, and the judging of uploaded files by their content
 * ({@code files.ContentInspection}) and their download ({@code web.FileDownloads}), the daily
 * housekeeping ({@code housekeeping.Purge}), the one throttle of every public door ({@code
 * throttle.Throttle}, {@code throttle.AnonymousLimit}, {@code throttle.AnonymousDoor}; ADR 0024),
 * the site's public address ({@code address.PublicAddress}), the content-freshness port ({@code
 * content.ReviewedContent}) and the constraints of the modules' settings records ({@code settings};
 * ADR 0035).
 *
 * <p>Guarantees: no error answer carries a stack trace; every visible text comes from {@code
 * messages_zh_TW.properties} / {@code messages_en.properties}; domain exceptions map to HTTP
 * statuses here and nowhere else; a throttled request is answered 429 with {@code Retry-After} and
 * counted atomically, so parallel attempts never pass a limit.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Platform 平台",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package tw.civicdesk.platform;
