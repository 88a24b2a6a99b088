/* What every part of the staff page shares: its texts in the chosen language, requests that carry the
   anti-forgery token, and the one line where outcomes are said. */
(function () {
  'use strict';

  var REQUEST_TIMEOUT_MS = 15000;
  var state = { lang: localStorage.getItem('hoctap.staff.lang') || 'vi', texts: {}, languages: [] };

  function $(id) { return document.getElementById(id); }

  function text(key, values) {
    var template = Object.prototype.hasOwnProperty.call(state.texts, key) ? state.texts[key] : key;
    return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function cookie(name) {
    var match = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
    return match ? decodeURIComponent(match.slice(name.length + 1)) : '';
  }

  /** A JSON request in the page's language; resolves to {status, body}, never rejects on an HTTP error. */
  function request(method, path, body) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var url = path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + encodeURIComponent(state.lang);
    var options = { method: method, signal: controller.signal, credentials: 'same-origin',
      headers: { Accept: 'application/json' } };
    if (method !== 'GET') {
      options.headers['Content-Type'] = 'application/json';
      options.headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
      options.body = JSON.stringify(body || {});
    }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.status === 401 && json.error === 'login_needed' && window.HoctapStaff) {
          window.HoctapStaff.loggedOut();
        }
        return { status: response.status, body: json };
      });
    }).catch(function () {
      return { status: 0, body: { message: text('kiosk.error_try_again') } };
    }).finally(function () { clearTimeout(timer); });
  }

  /** Says an outcome on the page's status line: kind is 'ok' or 'error'. */
  function say(message, kind) {
    var line = $('message');
    line.textContent = message || '';
    line.setAttribute('data-kind', kind || 'ok');
    line.hidden = !message;
  }

  /** Says what an answer came to: its message, or the generic "try again". */
  function sayAnswer(answer) {
    var ok = answer.status === 200;
    say(answer.body.message || (ok ? '' : text('kiosk.error_try_again')), ok ? 'ok' : 'error');
    return ok;
  }

  function loadTexts(lang) {
    return fetch('/api/texts?lang=' + encodeURIComponent(lang)).then(function (r) { return r.json(); })
      .then(function (body) {
        state.lang = body.lang;
        state.texts = body.texts;
        state.languages = body.languages;
        localStorage.setItem('hoctap.staff.lang', body.lang);
        applyTexts();
      });
  }

  function applyTexts() {
    document.documentElement.lang = state.lang;
    document.title = text('staff.title');
    window.HoctapLanguages.fill(text);
    window.HoctapLanguages.render($('languages'), state.languages, state.lang, function (tag) {
      loadTexts(tag).then(function () { document.dispatchEvent(new Event('hoctap:texts')); });
    });
  }

  /** A button with a label, for lists built by script. */
  function button(label, onClick, className) {
    var element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    if (className) { element.className = className; }
    element.addEventListener('click', onClick);
    return element;
  }

  /** A letter keypad drawn in the page (a kiosk-mode browser shows no system keyboard) that types into input. */
  function letterKeypad(container, input) {
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').concat(['⌫']).forEach(function (key) {
      container.appendChild(button(key, function () {
        input.value = key === '⌫' ? input.value.slice(0, -1) : input.value + key;
        input.dispatchEvent(new Event('input'));
      }));
    });
  }

  /** Upper-case letters without diacritics (đ → D), for matching names. */
  function fold(value) {
    return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toUpperCase();
  }

  window.HoctapStaffApi = {
    $: $, text: text, request: request, say: say, sayAnswer: sayAnswer, loadTexts: loadTexts,
    button: button, letterKeypad: letterKeypad, fold: fold,
    lang: function () { return state.lang; }
  };
}());
