// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.NotFoundException;

/** The catalogue's errors; each carries its message key. */
public final class CatalogueExceptions {

  private CatalogueExceptions() {}

  /** A service that does not exist, is not published, or is outside the caller's scope. */
  public static class ServiceNotFound extends NotFoundException {
    public ServiceNotFound() {
      super("catalogue.service.not-found");
    }
  }

  /** A form file that is not offered by the service version asked for. */
  public static class FileNotFound extends NotFoundException {
    public FileNotFound() {
      super("catalogue.file.not-found");
    }
  }

  /** A code already taken, or a change based on an outdated revision. */
  public static class CatalogueConflict extends ConflictException {
    static final String CODE_TAKEN = "catalogue.error.code-taken";
    static final String CONCURRENT = "catalogue.error.concurrent-change";
    static final String NOTHING_TO_PUBLISH = "catalogue.error.nothing-to-publish";

    CatalogueConflict(String messageKey, String field) {
      super(messageKey);
      onField(field);
    }
  }

  /** A unit that is not one of the service's agency. */
  public static class UnitNotOfAgency extends InvalidInputException {
    UnitNotOfAgency() {
      super("catalogue.error.unit");
      onField("unitId");
    }
  }

  /** A form field the draft cannot take: its name is taken, or the draft has too many. */
  public static class FieldRejected extends InvalidInputException {
    static final String NAME_TAKEN = "catalogue.field-editor.name-taken";
    static final String TOO_MANY = "catalogue.field-editor.too-many";

    FieldRejected(String messageKey, String field, Object... arguments) {
      super(messageKey, arguments);
      onField(field);
    }
  }
}
