// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tw.civicdesk.casework.internal.ReceiptHolderActions;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.platform.web.ReceiptHolderForm;

/**
 * The public page where the holder of a receipt withdraws an open application (撤回) with its case
 * number and verification code. A wrong number and a wrong code get the same answer.
 */
@Controller
class WithdrawalPageController {

  static final String PAGE = "casework/withdrawal";

  private final ReceiptHolderActions receiptHolder;

  WithdrawalPageController(ReceiptHolderActions receiptHolder) {
    this.receiptHolder = receiptHolder;
  }

  /** The page's form: which case, its code and an optional reason. */
  public static class WithdrawalForm extends ReceiptHolderForm {
    private String reason = "";

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @GetMapping("/withdrawals")
  String start(Model model) {
    model.addAttribute("form", new WithdrawalForm());
    return PAGE;
  }

  @PostMapping("/withdrawals")
  String withdraw(
      @ModelAttribute("form") WithdrawalForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model) {
    try {
      FormSupport.requireBound(result);
      receiptHolder.withdraw(
          form.getNumber(), form.getCode(), request.getRemoteAddr(), form.getReason());
      model.addAttribute("withdrawn", true);
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return PAGE;
  }
}
