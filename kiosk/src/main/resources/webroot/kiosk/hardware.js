// The simulated hardware page: taps cards on the simulated reader, shows what the buzzer and LEDs
// would do after each tap, and lets the battery be drained to see the clean shut-down.
(function () {
  'use strict';

  var POLL_MS = 500;
  var LIGHTS = {
    SUCCESS: { green: true, red: false, beeps: 'one short beep' },
    ALREADY_CHECKED_IN: { green: true, red: false, beeps: 'two short beeps' },
    UNKNOWN_CARD: { green: false, red: true, beeps: 'one long beep' },
    ERROR: { green: false, red: true, beeps: 'three beeps' }
  };
  var LIT_MS = 1500;

  function $(id) { return document.getElementById(id); }

  function send(method, url, body) {
    return fetch(url, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().then(function (json) { return { status: response.status, body: json }; });
    });
  }

  function tap(uid) {
    send('POST', '/api/simulated/card', { uid: uid }).then(function (answer) {
      $('tap-result').textContent = answer.status === 202 ? 'Card ' + answer.body.uid + ' tapped.'
        : (answer.body.message || 'Refused') + (answer.body.detail ? ' (' + answer.body.detail + ')' : '');
    });
  }

  function showState(state) {
    var signal = state.feedback;
    var lit = signal && Date.now() - Date.parse(signal.at) < LIT_MS ? LIGHTS[signal.pattern] : null;
    $('led-green').setAttribute('data-on', String(!!(lit && lit.green)));
    $('led-red').setAttribute('data-on', String(!!(lit && lit.red)));
    $('buzzer').setAttribute('data-on', String(!!lit));
    if (signal) {
      $('last-pattern').textContent = 'Last: ' + signal.pattern + ' (' + LIGHTS[signal.pattern].beeps + ') at '
        + new Date(signal.at).toLocaleTimeString();
    }
    var battery = state.battery;
    $('battery').textContent = battery
      ? battery.percent + ' % (' + battery.volts + ' V), ' + (battery.onMains ? 'on mains' : 'on battery')
      : 'no battery';
    if (battery && document.activeElement !== $('charge')) {
      $('mains').checked = battery.onMains;
      $('charge').value = battery.percent;
      $('charge-value').textContent = battery.percent;
    }
    $('shutdown').hidden = !state.shuttingDown;
  }

  function poll() {
    send('GET', '/api/simulated/state').then(function (answer) {
      if (answer.status === 200) { showState(answer.body); }
    }).catch(function () {}).finally(function () { setTimeout(poll, POLL_MS); });
  }

  function setBattery(change) {
    send('POST', '/api/simulated/battery', change).then(function (answer) {
      if (answer.status === 200) { showState(answer.body); }
    });
  }

  function start() {
    $('tap').addEventListener('submit', function (event) {
      event.preventDefault();
      tap($('uid').value);
    });
    send('GET', '/api/simulated/cards').then(function (answer) {
      var uids = answer.status === 200 ? answer.body.concat(['DEADBEEF']) : [];
      uids.forEach(function (uid) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = uid === 'DEADBEEF' ? uid + ' (not enrolled)' : uid;
        button.addEventListener('click', function () { tap(uid); });
        $('cards').appendChild(button);
      });
    });
    $('mains').addEventListener('change', function () { setBattery({ mains: $('mains').checked }); });
    $('charge').addEventListener('input', function () { $('charge-value').textContent = $('charge').value; });
    $('charge').addEventListener('change', function () { setBattery({ percent: Number($('charge').value) }); });
    poll();
  }

  start();
})();
