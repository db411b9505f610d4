// SPDX-License-Identifier: EUPL-1.2
// Enhancement only: a "print" button on receipts. Without JavaScript the browser's own print
// command prints the same page (the print stylesheet hides navigation).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
