/* Logging in: a name and password anywhere; on the kiosk's own screen also a tap on one's name and a
   PIN on a keypad drawn in the page. */
(function () {
  'use strict';

  var api = window.HoctapStaffApi;
  var $ = api.$;
  var pin = { name: null, digits: '' };

  function logIn(body) {
    // The session may be new (after a log-out, or idle time): a GET first brings its anti-forgery token.
    return api.request('GET', '/api/staff/me').then(function () {
      return api.request('POST', '/api/staff/login', body);
    }).then(function (answer) {
      if (answer.status === 200) {
        api.say('');
        // A login takes a new session, and the anti-forgery token of the old one no longer counts: a GET brings the new.
        return api.request('GET', '/api/staff/me').then(function () {
          window.HoctapStaff.loggedIn(answer.body.name);
          return answer;
        });
      } else {
        api.say(answer.body.message || api.text('kiosk.error_try_again'), 'error');
      }
      return answer;
    });
  }

  function showDots() {
    $('pin-dots').textContent = pin.name ? pin.name + '  ' + '●'.repeat(pin.digits.length) : '';
  }

  function buildPinKeypad() {
    var keypad = $('pin-keypad');
    keypad.textContent = '';
    '123456789'.split('').concat(['⌫', '0', 'OK']).forEach(function (key) {
      var element = api.button(key, function () {
        if (!pin.name) { return; }
        if (key === '⌫') {
          pin.digits = pin.digits.slice(0, -1);
        } else if (key === 'OK') {
          var digits = pin.digits;
          pin.digits = '';
          logIn({ name: pin.name, pin: digits });
        } else if (pin.digits.length < 12) {
          pin.digits += key;
        }
        showDots();
      });
      element.setAttribute('data-pin-key', key);
      keypad.appendChild(element);
    });
  }

  function showPinNames(names) {
    var list = $('pin-names');
    list.textContent = '';
    names.forEach(function (name) {
      var element = api.button(name, function () {
        pin.name = name;
        pin.digits = '';
        list.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === element)); });
        showDots();
      });
      element.setAttribute('data-staff-name', name);
      list.appendChild(element);
    });
    $('pin-login').hidden = names.length === 0;
  }

  /** Shows the login; the PIN pad only where the kiosk offers it (its own screen). */
  function show() {
    $('login').hidden = false;
    pin = { name: null, digits: '' };
    showDots();
    return api.request('GET', '/api/staff/pin-names').then(function (answer) {
      showPinNames(answer.status === 200 && Array.isArray(answer.body) ? answer.body : []);
    });
  }

  function start() {
    buildPinKeypad();
    $('password-login').addEventListener('submit', function (event) {
      event.preventDefault();
      var password = $('login-password');
      logIn({ name: $('login-name').value, password: password.value }).then(function () { password.value = ''; });
    });
  }

  window.HoctapStaffLogin = { show: show, start: start };
}());
