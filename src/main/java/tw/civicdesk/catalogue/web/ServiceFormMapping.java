// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.platform.i18n.BilingualText;

/** Fills a {@link ServiceForm} from stored content. */
final class ServiceFormMapping {

  private ServiceFormMapping() {}

  static ServiceForm fromContent(ServiceContent c) {
    ServiceForm f = new ServiceForm();
    f.setNameZh(c.name().zh());
    f.setNameEn(c.name().en());
    f.setSummaryZh(c.summary().zh());
    f.setSummaryEn(c.summary().en());
    f.setDescriptionZh(c.description().zh());
    f.setDescriptionEn(c.description().en());
    f.setCategory(c.category());
    f.setLegalBasisZh(c.legalBasis().zh());
    f.setLegalBasisEn(c.legalBasis().en());
    c.steps().forEach(s -> f.getSteps().add(row(new ServiceForm.TextRow(), s.text())));
    c.documents()
        .forEach(
            d -> {
              ServiceForm.DocumentRow row = row(new ServiceForm.DocumentRow(), d.name());
              row.setVerifiable(d.electronicallyVerifiable());
              f.getDocuments().add(row);
            });
    f.setFeeAmount(c.fee().amount());
    BilingualText note = c.fee().note();
    f.setFeeNoteZh(note == null ? "" : note.zh());
    f.setFeeNoteEn(note == null ? "" : note.en());
    f.setChannels(c.channels());
    TimeLimit limit = c.timeLimit();
    f.setTimeLimitAmount(limit == null ? null : limit.amount());
    f.setTimeLimitUnit(limit == null ? null : limit.unit());
    TimeLimit target = c.handlingTarget();
    f.setTargetAmount(target == null ? null : target.amount());
    f.setTargetUnit(target == null ? null : target.unit());
    return f;
  }

  private static <R extends ServiceForm.TextRow> R row(R row, BilingualText text) {
    row.setZh(text.zh());
    row.setEn(text.en());
    return row;
  }
}
