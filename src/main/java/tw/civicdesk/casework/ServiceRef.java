// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import tw.civicdesk.catalogue.ServiceCode;

/** The catalogue version a case was filed under; it never changes for that case. */
public record ServiceRef(ServiceCode code, int version) {}
