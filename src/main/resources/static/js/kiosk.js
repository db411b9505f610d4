// SPDX-License-Identifier: EUPL-1.2
/*
 * The counter kiosk (ADR 0046), a small enhancement of a page that works without it:
 *  - one question a screen, with big Back and Next buttons and a progress line;
 *  - each answer is sent with fetch and its client key; when the network is down it is kept in
 *    localStorage, the thank-you screen shows all the same, and queued answers are sent again every
 *    few seconds and when the browser comes back online (the server counts a client key once);
 *  - after the thank-you screen, and after civicdesk.surveys.kiosk-idle-seconds untouched, the form
 *    is cleared and the survey starts again, in Chinese, with nothing of the last answer left.
 * An answer the server refuses for a reason the kiosk cannot mend (an error in the answers, a device
 * no longer registered, too many answers) is posted again as the plain form, so that the server's
 * own page says what is wrong.
 */
(function () {
  'use strict';

  var form = document.getElementById('kiosk-form');
  if (!form) {
    return;
  }
  var QUEUE = 'civicdesk-kiosk-queue';
  var MAX_QUEUED = 200;
  var RETRY_MS = 5000;
  var idleSeconds = Number(form.dataset.idleSeconds) || 60;
  var thanksSeconds = Number(form.dataset.thanksSeconds) || 5;
  var questions = Array.prototype.slice.call(form.querySelectorAll('.survey-question'));
  var intro = form.querySelector('.kiosk-intro');
  var back = document.getElementById('kiosk-back');
  var next = document.getElementById('kiosk-next');
  var send = document.getElementById('kiosk-send');
  var progress = document.getElementById('kiosk-progress');
  var message = document.getElementById('kiosk-step-message');
  var thanks = document.getElementById('kiosk-thanks');
  var step = 0;
  var lastReached = true;
  var flushing = false;
  var idleTimer = null;

  // ------------------------------------------------------------------ the queue

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    // Outside a secure context randomUUID is missing; getRandomValues is not.
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
  }

  function queued() {
    try {
      return JSON.parse(window.localStorage.getItem(QUEUE)) || [];
    } catch (e) {
      return [];
    }
  }

  function save(list) {
    try {
      window.localStorage.setItem(QUEUE, JSON.stringify(list.slice(-MAX_QUEUED)));
    } catch (e) {
      // storage full or off: the answer is still being sent once
    }
  }

  function unqueue(key) {
    save(queued().filter(function (entry) { return entry.key !== key; }));
  }

  /** Posts one answer; resolves to the HTTP status, or 0 when the network failed. */
  function post(entry) {
    return window.fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: entry.body
    }).then(function (response) { return response.status; }, function () { return 0; });
  }

  /** Whether an answer should be kept and sent again: no network, a server error, or a pause. */
  function worthRetrying(status) {
    return status === 0 || status === 429 || status >= 500;
  }

  /** Sends the queued answers one after the other, stopping at the first that cannot go yet. */
  function flush() {
    if (flushing) {
      return;
    }
    flushing = true;
    var list = queued();
    var sendNext = function (i) {
      if (i >= list.length) {
        flushing = false;
        return;
      }
      post(list[i]).then(function (status) {
        if (!worthRetrying(status)) {
          unqueue(list[i].key);
          sendNext(i + 1);
        } else {
          flushing = false;
        }
      });
    };
    sendNext(0);
  }

  // ------------------------------------------------------------------ screens

  function required(question) {
    return question.querySelector('legend .required, label .required') !== null;
  }

  function answered(question) {
    var fields = question.querySelectorAll('input, textarea');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if ((f.type === 'radio' || f.type === 'checkbox') ? f.checked : f.value.trim() !== '') {
        return true;
      }
    }
    return false;
  }

  function checkStep() {
    var question = questions[step];
    if (question && required(question) && !answered(question)) {
      message.textContent = form.dataset.required;
      message.hidden = false;
      return false;
    }
    message.hidden = true;
    return true;
  }

  function go(i) {
    step = Math.max(0, Math.min(i, questions.length - 1));
    questions.forEach(function (q, n) { q.hidden = n !== step; });
    intro.hidden = step !== 0;
    back.hidden = step === 0;
    next.hidden = step === questions.length - 1;
    send.hidden = step !== questions.length - 1;
    progress.hidden = false;
    progress.textContent = form.dataset.progress
      .replace('{0}', String(step + 1)).replace('{1}', String(questions.length));
    message.hidden = true;
  }

  function focusStep() {
    var question = questions[step];
    question.setAttribute('tabindex', '-1');
    question.focus();
  }

  function clear() {
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.type === 'radio' || f.type === 'checkbox') {
        f.checked = false;
      } else if (f.tagName === 'TEXTAREA' || f.type === 'text' || f.type === 'number') {
        f.value = '';
      }
    });
    form.querySelectorAll('.error-summary, .survey-question .field-error').forEach(function (e) {
      e.remove();
    });
    form.querySelectorAll('.has-error').forEach(function (e) { e.classList.remove('has-error'); });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    form.elements.clientKey.value = newKey();
    message.hidden = true;
  }

  function dirty() {
    return step !== 0 || questions.some(answered);
  }

  /** Back to a blank survey: a fresh page in Chinese when the server is there, else in place. */
  function restart() {
    if (lastReached && queued().length === 0 && navigator.onLine !== false) {
      window.location.replace(form.dataset.home);
      return;
    }
    thanks.hidden = true;
    form.hidden = false;
    clear();
    go(0);
    window.scrollTo(0, 0);
  }

  function thank() {
    clear();
    form.hidden = true;
    thanks.hidden = false;
    thanks.focus();
    window.setTimeout(restart, thanksSeconds * 1000);
  }

  function submit(event) {
    event.preventDefault();
    if (!checkStep()) {
      return;
    }
    if (step < questions.length - 1) {
      go(step + 1);
      focusStep();
      return;
    }
    var entry = { key: form.elements.clientKey.value, body: new URLSearchParams(new FormData(form)).toString() };
    var list = queued();
    list.push(entry);
    save(list);
    send.disabled = true;
    post(entry).then(function (status) {
      send.disabled = false;
      if (status >= 200 && status < 300) {
        unqueue(entry.key);
        lastReached = true;
        thank();
      } else if (status === 0 || status >= 500) {
        lastReached = false;
        thank();
      } else {
        unqueue(entry.key);
        form.submit();
      }
    });
  }

  // ------------------------------------------------------------------ idle

  function idle() {
    if (!thanks.hidden) {
      return;
    }
    if (form.dataset.lang !== 'zh-TW' && queued().length === 0 && navigator.onLine !== false) {
      window.location.replace(form.dataset.home);
      return;
    }
    if (dirty()) {
      clear();
      go(0);
      window.scrollTo(0, 0);
    }
  }

  function touched() {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(idle, idleSeconds * 1000);
  }

  // ------------------------------------------------------------------ start

  if (questions.length > 1) {
    form.classList.add('paged');
    var firstError = questions.findIndex(function (q) { return q.classList.contains('has-error'); });
    go(firstError < 0 ? 0 : firstError);
    next.addEventListener('click', function () {
      if (checkStep()) {
        go(step + 1);
        focusStep();
      }
    });
    back.addEventListener('click', function () {
      go(step - 1);
      focusStep();
    });
  }
  form.addEventListener('submit', submit);
  ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'].forEach(function (type) {
    document.addEventListener(type, touched, { passive: true });
  });
  window.addEventListener('online', flush);
  window.setInterval(flush, RETRY_MS);
  touched();
  flush();
})();
