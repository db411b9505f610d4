// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The answers every step of the case API documents: done, or why not (RFC 9457). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponses({
  @ApiResponse(responseCode = "200", description = "Done; the case as stored now"),
  @ApiResponse(responseCode = "403", description = "None of your roles may take this step"),
  @ApiResponse(responseCode = "404", description = "No such case at your agency"),
  @ApiResponse(
      responseCode = "409",
      description =
          "The case changed since the version sent"
              + " (casework.case.changed), or cannot take this step in its status"),
  @ApiResponse(responseCode = "422", description = "A value breaks a rule; errors[] names each")
})
@interface CaseStepResponses {}
