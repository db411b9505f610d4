// SPDX-License-Identifier: EUPL-1.2
/**
 * Innovation proposals (創新提案, C12): staff — and, where the agency opens the form, citizens —
 * propose how to serve better; the agency's review panel scores each proposal against the agency's
 * criteria, the quality officer decides (adopted, adopted in part, not adopted, with reasons),
 * assigns the adopted ones to a unit with milestones whose progress the unit reports, marks them
 * implemented and chooses which are published on the public accountability page ({@code
 * /agencies/{code}/proposals}). Meetings that generate proposals (區務會議, 處務會議, 里幹事會議) are recorded
 * with their decisions. Three plan indicators come from here: {@code proposals.count}, {@code
 * proposals.adoption-rate} and {@code proposals.implemented-share}.
 *
 * <p>The doors are {@link tw.civicdesk.proposals.Proposals} (proposals), {@link
 * tw.civicdesk.proposals.ProposalSetup} (settings, criteria, panel, meetings) and {@link
 * tw.civicdesk.proposals.ProposalFigures} (figures and indicators).
 *
 * <p>Guarantees: the lifecycle is the transition table of {@link
 * tw.civicdesk.proposals.ProposalLifecycle}; every write applies only to the version read (409
 * else) and leaves an audit row; the public views ({@link
 * tw.civicdesk.proposals.ProposalViews.PublicProposal}) carry neither panel scores, nor staff
 * names, nor the citizen's name or contact, and hold published proposals only.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Proposals 創新提案",
    allowedDependencies = {"organisation", "catalogue", "audit", "performance"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.proposals;
