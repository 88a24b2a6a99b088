/* The staff page: a login, then three tabs (sessions, enrolment, downloads). Every sentence comes from
   /api/texts, in the language chosen on the page. */
(function () {
  'use strict';

  var api = window.HoctapStaffApi;
  var $ = api.$;

  function loadClock() {
    return api.request('GET', '/api/staff/clock').then(function (answer) {
      if (answer.status === 200) {
        $('clock-date').value = answer.body.date;
        $('clock-time').value = answer.body.time;
      }
    });
  }

  /** Who did what lately: logins, downloads, sessions, corrections, enrolments. */
  function loadLog() {
    return api.request('GET', '/api/staff/log').then(function (answer) {
      if (answer.status !== 200) { return; }
      var list = $('staff-log');
      list.textContent = '';
      answer.body.forEach(function (entry) {
        var line = document.createElement('p');
        line.className = 'log-entry';
        line.setAttribute('role', 'listitem');
        line.setAttribute('data-action', entry.action);
        line.textContent = [entry.at, entry.staff, api.text('staff.action.' + entry.action), entry.detail]
          .filter(Boolean).join(' · ');
        list.appendChild(line);
      });
    });
  }

  function showTab(name) {
    if (name === 'clock') { loadClock(); }
    if (name === 'downloads') { loadLog(); }
    document.querySelectorAll('[data-pane]').forEach(function (pane) {
      pane.hidden = pane.getAttribute('data-pane') !== name;
    });
    document.querySelectorAll('#tabs [data-tab]').forEach(function (tab) {
      tab.setAttribute('aria-pressed', String(tab.getAttribute('data-tab') === name));
    });
  }

  /** Points every download at the chosen days, with labels in the page's language. */
  function updateDownloads() {
    var query = '?from=' + encodeURIComponent($('download-from').value) + '&to=' + encodeURIComponent($('download-to').value)
      + '&lang=' + encodeURIComponent(api.lang());
    document.querySelectorAll('[data-report]').forEach(function (row) {
      row.querySelectorAll('a[data-format]').forEach(function (link) {
        link.href = '/staff/' + row.getAttribute('data-report') + '.' + link.getAttribute('data-format') + query;
      });
    });
  }

  function loggedIn(name) {
    $('login').hidden = true;
    $('work').hidden = false;
    $('logout').hidden = false;
    window.HoctapStaff.name = name;
    $('who').textContent = api.text('staff.logged_in_as', { name: name });
    showTab('sessions');
    var card = new URLSearchParams(location.search).get('card');
    if (card) {
      showTab('enrol');
      window.HoctapStaffEnrol.cardToEnrol(card);
    }
    return Promise.all([window.HoctapStaffSessions.load(), window.HoctapStaffEnrol.load()]).then(function () {
      var today = window.HoctapStaffSessions.today();
      if (today && !$('download-from').value) {
        $('download-from').value = today;
        $('download-to').value = today;
        updateDownloads();
      }
      document.body.setAttribute('data-ready', 'true');
    });
  }

  function loggedOut() {
    $('work').hidden = true;
    $('logout').hidden = true;
    $('who').textContent = '';
    return window.HoctapStaffLogin.show().then(function () { document.body.setAttribute('data-ready', 'true'); });
  }

  /** On the kiosk's own screen, a new card put on its reader is the one a waiting learner gets. */
  function listenToTheReader() {
    if (!window.EventSource) { return; }
    new EventSource('/api/card-events').onmessage = function (event) {
      var answer = JSON.parse(event.data);
      if (answer.card) { window.HoctapStaffEnrol.cardTapped(answer.card); }
    };
  }

  function start() {
    window.HoctapStaffLogin.start();
    window.HoctapStaffSessions.start();
    window.HoctapStaffEnrol.start();
    document.querySelectorAll('#tabs [data-tab]').forEach(function (tab) {
      tab.addEventListener('click', function () { showTab(tab.getAttribute('data-tab')); });
    });
    ['download-from', 'download-to'].forEach(function (id) { $(id).addEventListener('change', updateDownloads); });
    document.addEventListener('hoctap:texts', function () {
      updateDownloads();
      if (window.HoctapStaff.name) { $('who').textContent = api.text('staff.logged_in_as', { name: window.HoctapStaff.name }); }
    });
    $('clock-form').addEventListener('submit', function (event) {
      event.preventDefault();
      api.request('POST', '/api/staff/clock', { date: $('clock-date').value, time: $('clock-time').value })
        .then(api.sayAnswer);
    });
    $('sync-now').addEventListener('click', function () {
      api.say('');
      api.request('POST', '/api/staff/sync').then(api.sayAnswer);
    });
    $('usb-export').addEventListener('click', function () {
      api.say('');
      api.request('POST', '/api/staff/usb-export', { from: $('download-from').value, to: $('download-to').value })
        .then(api.sayAnswer);
    });
    $('logout').addEventListener('click', function () {
      api.request('POST', '/api/staff/logout').then(loggedOut);
    });
    window.HoctapCardReader.listen(function (number) { window.HoctapStaffEnrol.cardTapped(number); },
      { keepDigits: true });
    listenToTheReader();
    api.loadTexts(api.lang()).then(function () {
      return api.request('GET', '/api/staff/me');
    }).then(function (answer) {
      return answer.body && answer.body.name ? loggedIn(answer.body.name) : loggedOut();
    }).catch(function () { document.body.setAttribute('data-ready', 'error'); });
  }

  window.HoctapStaff = { loggedIn: loggedIn, loggedOut: loggedOut };
  document.addEventListener('DOMContentLoaded', start);
}());
