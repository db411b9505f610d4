// SPDX-License-Identifier: EUPL-1.2
// Enhancement only: when the applicant picks how to be told, the contact that notice needs is
// marked required (the visible "required", required and aria-required) and the others are not.
// Without JavaScript each contact field's hint says when it is required, and the server checks
// exactly that rule.
(function () {
  var radios = document.querySelectorAll('input[type=radio][name=notifyBy]');
  if (!radios.length) { return; }
  function update() {
    var needed = '';
    radios.forEach(function (r) { if (r.checked) { needed = r.getAttribute('data-needs') || ''; } });
    ['email', 'phone', 'address'].forEach(function (field) {
      var input = document.querySelector('[data-contact="' + field + '"]') || document.getElementById(field);
      var mark = document.querySelector('[data-required-mark="' + field + '"]');
      if (!input || !mark) { return; }
      var on = field === needed;
      mark.hidden = !on;
      input.required = on;
      if (on) { input.setAttribute('aria-required', 'true'); } else { input.removeAttribute('aria-required'); }
    });
  }
  radios.forEach(function (r) { r.addEventListener('change', update); });
  update();
})();
