// SPDX-License-Identifier: EUPL-1.2
/**
 * Petitions and their like (C7): petitions (陳情), letters to the head of the agency (首長信箱), service
 * complaints, public-facility reports (公共設施通報) and media items (輿情), all on the one case engine
 * ({@link tw.civicdesk.casework.CaseWork}) — this module adds no lifecycle of its own.
 *
 * <p>What it keeps: each kind's rules per agency and the categories a citizen chooses from, with
 * routing of a category and a place to a unit ({@link tw.civicdesk.petitions.PetitionRules}); the
 * filing of such a case with its category and place ({@link tw.civicdesk.petitions.Petitions}); and
 * a read model of every such case with its public place, kept in step with the case in the
 * transaction of every step, so lists, maps and Open311 read it without reading the cases.
 *
 * <p>Administrators edit each kind's rules, the categories, the places and the routing of their
 * agency ({@link tw.civicdesk.petitions.PetitionAdministration}, every change audited). The quality
 * officer's statistics come from a rollup kept in the transaction of every filing and step ({@code
 * statistics}, docs/petitions.md), which also gives the plans their petition indicators;
 * improvement actions link a group of petitions to a change and track it to done.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Petitions 陳情與通報",
    allowedDependencies = {
      "casework",
      "catalogue",
      "organisation",
      "calendar",
      "audit",
      "performance",
      "opendata"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.petitions;
