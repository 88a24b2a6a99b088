/* The day's sessions: open one, close it, see any day's sessions and a session's list, add a learner
   who came late, and correct a mistaken check-in (removed or restored, never edited). */
(function () {
  'use strict';

  var api = window.HoctapStaffApi;
  var $ = api.$;
  var state = { topics: [], sessions: [], shown: null, today: null, date: null, lateSearch: null };

  function loadTopics() {
    return api.request('GET', '/api/staff/topics').then(function (answer) {
      if (answer.status !== 200) { return; }
      state.topics = answer.body;
      var select = $('open-topic');
      select.textContent = '';
      state.topics.forEach(function (topic) {
        var option = document.createElement('option');
        option.value = topic.id;
        option.textContent = topic.name;
        option.setAttribute('data-code', topic.code);
        select.appendChild(option);
      });
    });
  }

  /** Loads the sessions of the day in the date box; of the kiosk's today when the box is empty. */
  function loadDay() {
    var day = $('day').value;
    return api.request('GET', '/api/staff/sessions' + (day ? '?date=' + encodeURIComponent(day) : '')).then(function (answer) {
      if (answer.status !== 200) { api.sayAnswer(answer); return; }
      state.today = answer.body.today;
      state.date = answer.body.date;
      $('day').value = answer.body.date;
      state.sessions = answer.body.sessions;
      renderSessions();
      var still = state.sessions.filter(function (s) { return state.shown && s.id === state.shown.id; })[0];
      if (still) { showList(still); } else { $('session-list').hidden = true; state.shown = null; }
    });
  }

  function renderSessions() {
    var list = $('sessions');
    list.textContent = '';
    if (state.sessions.length === 0) {
      var none = document.createElement('p');
      none.textContent = api.text('staff.no_sessions');
      list.appendChild(none);
      return;
    }
    state.sessions.forEach(function (session) {
      var item = document.createElement('div');
      item.className = 'session';
      item.setAttribute('role', 'listitem');
      item.setAttribute('data-session-id', session.id);
      item.setAttribute('data-open', String(session.open));
      var title = document.createElement('strong');
      title.textContent = session.topic.name;
      var when = document.createElement('span');
      when.textContent = [session.open ? api.text('staff.open_since', { time: session.openedAt })
        : api.text('staff.open_from_to', { from: session.openedAt, to: session.closedAt }),
      session.teacher, api.text('staff.check_ins', { count: session.checkIns })].filter(Boolean).join(' · ');
      item.appendChild(title);
      item.appendChild(when);
      item.appendChild(api.button(api.text('staff.list'), function () { showList(session); }, 'show-list'));
      if (session.open) {
        item.appendChild(api.button(api.text('staff.close_session'), function () {
          api.request('POST', '/api/staff/sessions/' + encodeURIComponent(session.id) + '/close').then(function (answer) {
            api.sayAnswer(answer);
            loadDay();
          });
        }, 'close-session'));
      }
      list.appendChild(item);
    });
  }

  function showList(session) {
    state.shown = session;
    $('session-list').hidden = false;
    $('session-list-title').textContent = session.topic.name + ' · ' + api.text('staff.list');
    $('add-learner').hidden = state.date !== state.today;
    return api.request('GET', '/api/staff/sessions/' + encodeURIComponent(session.id) + '/check-ins').then(function (answer) {
      if (answer.status !== 200) { api.sayAnswer(answer); return; }
      renderCheckIns(answer.body);
    });
  }

  function renderCheckIns(lines) {
    var list = $('check-ins');
    list.textContent = '';
    if (lines.length === 0) {
      var none = document.createElement('p');
      none.textContent = api.text('staff.nobody_yet');
      list.appendChild(none);
    }
    lines.forEach(function (line) {
      var row = document.createElement('div');
      row.className = 'check-in';
      row.setAttribute('role', 'listitem');
      row.setAttribute('data-person-id', line.personId);
      row.setAttribute('data-removed', String(line.removed));
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = line.name;
      var detail = document.createElement('span');
      detail.className = 'detail';
      detail.textContent = [line.time, line.household + '/' + line.memberNo, api.text('staff.method.' + line.method),
        line.removed ? api.text('staff.removed_mark') : ''].filter(Boolean).join(' · ');
      row.appendChild(name);
      row.appendChild(detail);
      var action = line.removed ? 'restore' : 'remove';
      row.appendChild(api.button(api.text('staff.' + action), function () {
        api.request('POST', '/api/staff/check-ins/' + encodeURIComponent(line.id) + '/' + action).then(function (answer) {
          api.sayAnswer(answer);
          loadDay();
        });
      }, action));
      list.appendChild(row);
    });
  }

  // ---- a learner who came late ----

  function checkInLate(learner) {
    api.request('POST', '/api/staff/sessions/' + encodeURIComponent(state.shown.id) + '/check-ins',
      { personId: learner.id }).then(function (answer) {
      api.sayAnswer(answer);
      state.lateSearch.clear();
      loadDay();
    });
  }

  function open(event) {
    event.preventDefault();
    var body = { topicId: $('open-topic').value, teacher: $('open-teacher').value };
    if ($('open-end').value) { body.plannedEnd = $('open-end').value; }
    api.request('POST', '/api/staff/sessions', body).then(function (answer) {
      if (api.sayAnswer(answer)) {
        $('day').value = '';
        state.shown = answer.body.session;
        loadDay();
      }
    });
  }

  function start() {
    $('open-form').addEventListener('submit', open);
    $('day-form').addEventListener('submit', function (event) { event.preventDefault(); loadDay(); });
    state.lateSearch = window.HoctapLearnerSearch.attach($('add-search'), $('add-keypad'), $('add-results'), checkInLate);
    document.addEventListener('hoctap:texts', function () { renderSessions(); if (state.shown) { showList(state.shown); } });
  }

  /** Loads what the tab shows, after a login. */
  function load() {
    return Promise.all([loadTopics(), loadDay(), window.HoctapLearnerSearch.load()]);
  }

  window.HoctapStaffSessions = { start: start, load: load, today: function () { return state.today; } };
}());
