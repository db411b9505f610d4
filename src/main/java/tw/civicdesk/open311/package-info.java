// SPDX-License-Identifier: EUPL-1.2
/**
 * Open311 (GeoReport v2 通報介面): other systems — a city app, a 1999 call centre, a neighbourhood
 * platform — list an agency's facility-report categories as services, file reports into it and
 * follow them, at {@code /open311/v2} in JSON and XML (ADR 0039).
 *
 * <p>Terms: a jurisdiction ({@code jurisdiction_id}) is an agency (機關, its code); a service ({@code
 * service_code}) is a facility-report category (公共設施通報類別) of that agency; a service request ({@code
 * service_request_id}) is the case's number (案件編號); attributes are the extra questions a category
 * asks (路燈編號).
 *
 * <p>Guarantees: reports are filed only through the petitions module's door, on the one case
 * engine, with the channel {@code OPEN311}; a POST needs an API key an administrator issued ({@link
 * tw.civicdesk.open311.ApiKeys}), which files only into its own agency and is counted against its
 * hourly limit in the one throttle; only a key's digest is stored, and issuing and revoking are
 * audited. The read endpoints answer from the petitions read model only: never a name, phone,
 * e-mail address or the free text a citizen wrote, and a report at a home address with its house
 * number removed and its coordinates rounded. Every error is answered in the specification's form
 * (a list of code and description) with its status code.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Open311 通報介面",
    allowedDependencies = {"petitions", "casework", "catalogue", "organisation", "audit"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.open311;
