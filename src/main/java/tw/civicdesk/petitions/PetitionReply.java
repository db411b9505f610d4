// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Decision;

/**
 * The reply to a petition or report ({@link PetitionReplies#reply}), as the officer wrote it: the
 * parts are plain language, each in its own field, and the reply's text is composed from them in
 * the case's language.
 *
 * @param version the case's version the officer saw
 * @param outcome {@link Decision#ANSWERED} or {@link Decision#NOT_PROCESSED}
 * @param ground the §173 ground of a closure without processing; {@code null} for an answer
 * @param handling the concrete handling (具體處理情形), or for a closure what the petitioner should know
 * @param legalBasis the legal basis (法規依據), in plain language
 * @param remedy where to turn next (訴願, litigation, state compensation), if any
 * @param templateId the template the officer started from, if any
 */
public record PetitionReply(
    CaseNumber number,
    int version,
    Decision outcome,
    @Nullable ClosureGround ground,
    @Nullable String handling,
    @Nullable String legalBasis,
    @Nullable String remedy,
    @Nullable Long templateId) {}
