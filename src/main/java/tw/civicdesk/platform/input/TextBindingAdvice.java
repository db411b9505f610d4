// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.MalformedRequestException;

/**
 * Makes a refusal of {@link TextConverter} on a form property a field error with the text check's
 * own message ("contains a control character", "at most 200 characters") instead of the generic
 * "wrong format". The refused text is not echoed back into the form.
 */
@ControllerAdvice
class TextBindingAdvice {

  private static final BindingErrorProcessor PROCESSOR =
      new DefaultBindingErrorProcessor() {
        @Override
        public void processPropertyAccessException(
            PropertyAccessException ex, BindingResult bindingResult) {
          MalformedRequestException refusal = refusal(ex);
          if (refusal == null) {
            super.processPropertyAccessException(ex, bindingResult);
            return;
          }
          String field = ex.getPropertyName();
          FieldError error =
              new FieldError(
                  bindingResult.getObjectName(),
                  field,
                  "",
                  true,
                  bindingResult.resolveMessageCodes(refusal.messageKey(), field),
                  refusal.messageArguments(),
                  refusal.messageKey());
          error.wrap(ex);
          bindingResult.addError(error);
        }
      };

  @InitBinder
  void checkText(WebDataBinder binder) {
    binder.setBindingErrorProcessor(PROCESSOR);
  }

  private static @org.jspecify.annotations.Nullable MalformedRequestException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MalformedRequestException refusal) {
        return refusal;
      }
      if (t instanceof DomainException) {
        return null;
      }
    }
    return null;
  }
}
