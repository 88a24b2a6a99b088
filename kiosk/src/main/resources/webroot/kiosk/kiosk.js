/* The kiosk's touch page: shows the open class, lets a learner find their name with a letter keypad
   and check in, and confirms on the whole screen. Every sentence comes from /api/texts. */
(function () {
  'use strict';

  var LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  var CONFIRM_MS = 3000;
  var ERROR_MS = 4000;
  var REQUEST_TIMEOUT_MS = 8000;
  var SESSION_POLL_MS = 30000;
  var ROSTER_POLL_MS = 10 * 60000;

  var state = {
    lang: 'vi',
    texts: {},
    languages: [],
    centre: null,
    session: null,
    battery: null,
    sync: null,
    learners: [],
    query: '',
    busy: false,
    mode: 'name', // or 'village': finding oneself by village, household, person
    browser: null,
    langChosen: false, // the language switch was used since the last check-in: remember it for that person
    hideTimer: 0
  };

  function $(id) { return document.getElementById(id); }

  /** Upper-case letters without diacritics (đ → D), for matching what is typed on the keypad. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();
  }

  function text(key, values) {
    var template = Object.prototype.hasOwnProperty.call(state.texts, key) ? state.texts[key] : '';
    return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function request(method, url, body) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var options = { method: method, signal: controller.signal, headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, body: json };
      });
    }).finally(function () { clearTimeout(timer); });
  }

  function getJson(url) {
    return request('GET', url).then(function (answer) {
      if (answer.status !== 200) { throw new Error(url + ': ' + answer.status); }
      return answer.body;
    });
  }

  // ---- texts and languages ----

  function loadTexts(lang) {
    return getJson('/api/texts?lang=' + encodeURIComponent(lang)).then(function (body) {
      state.lang = body.lang;
      state.texts = body.texts;
      state.languages = body.languages;
      applyTexts();
    });
  }

  function applyTexts() {
    document.documentElement.lang = state.lang;
    labelModeToggle();
    if (state.browser) { state.browser.render(); }
    document.title = text('kiosk.title');
    window.HoctapLanguages.fill(text);
    renderLanguages();
    renderCentre();
    renderSession();
    renderPower();
    renderSync();
  }

  function renderLanguages() {
    window.HoctapLanguages.render($('languages'), state.languages, state.lang, function (tag) {
      state.langChosen = true;
      if (tag !== state.lang) { loadTexts(tag).catch(function () {}); }
    });
  }

  // ---- centre and session ----

  function loadSession() {
    return getJson('/api/session').then(function (body) {
      state.centre = body.centre;
      state.session = body.open ? body.session : null;
      renderCentre();
      renderSession();
    });
  }

  /** The battery, when the kiosk has a UPS: shown only while mains power is gone. */
  function loadPower() {
    return getJson('/api/power').then(function (body) {
      state.battery = body.battery;
      renderPower();
    });
  }

  /** When the kiosk last synced with the central server (shown only once it is enrolled). */
  function loadSync() {
    return getJson('/api/sync').then(function (body) {
      state.sync = body;
      renderSync();
    });
  }

  function renderSync() {
    var line = $('sync-status');
    var last = state.sync && state.sync.enrolled ? state.sync.last : null;
    line.hidden = !last;
    line.textContent = last ? text(last.ok ? 'kiosk.synced_at' : 'kiosk.sync_failed_at', { time: last.time }) : '';
  }

  function renderPower() {
    var line = $('power');
    var onBattery = state.battery && !state.battery.onMains;
    line.hidden = !onBattery;
    line.textContent = onBattery ? text('kiosk.on_battery', { percent: state.battery.percent }) : '';
    document.body.setAttribute('data-power', onBattery ? 'battery' : 'mains');
  }

  function renderCentre() {
    $('centre-name').textContent = state.centre ? state.centre.name : text('kiosk.title');
  }

  function renderSession() {
    var box = $('session');
    var pictogram = $('session-pictogram');
    pictogram.textContent = '';
    if (state.session) {
      box.setAttribute('data-open', 'true');
      document.body.setAttribute('data-session', 'open');
      box.setAttribute('data-session-id', state.session.id);
      pictogram.appendChild(window.HoctapPictograms.topic(state.session.topic.pictogram));
      $('session-topic').textContent = text('kiosk.open_session', { topic: state.session.topic.name });
      $('session-detail').textContent = [state.session.teacher, state.session.openedAtLocal]
        .filter(Boolean).join(' · ');
    } else {
      box.setAttribute('data-open', 'false');
      document.body.setAttribute('data-session', 'none');
      box.removeAttribute('data-session-id');
      pictogram.appendChild(window.HoctapPictograms.mark('waiting'));
      $('session-topic').textContent = text('kiosk.no_session');
      $('session-detail').textContent = '';
    }
  }

  // ---- learners and the keypad ----

  function loadLearners() {
    return getJson('/api/learners').then(function (learners) {
      var collator = new Intl.Collator('vi', { sensitivity: 'base' });
      learners.forEach(function (learner) {
        learner.words = fold(learner.name).split(/\s+/).filter(Boolean);
        learner.givenName = learner.name.trim().split(/\s+/).pop();
      });
      // Vietnamese lists go by given name (the last word), then the whole name.
      learners.sort(function (a, b) {
        return collator.compare(a.givenName, b.givenName) || collator.compare(a.name, b.name)
          || collator.compare(a.household, b.household) || a.memberNo - b.memberNo;
      });
      state.learners = learners;
      renderLearners();
      renderBrowser();
    });
  }

  function renderLearners() {
    var list = $('learners');
    var fragment = document.createDocumentFragment();
    state.learners.forEach(function (learner) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'learner';
      button.setAttribute('role', 'listitem');
      button.setAttribute('data-person-id', learner.id);
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = learner.name;
      var where = document.createElement('span');
      where.className = 'where';
      where.textContent = learner.village + ' · ' + learner.household + '/' + learner.memberNo;
      button.appendChild(name);
      button.appendChild(where);
      button.addEventListener('click', function () { checkIn(learner, button); });
      learner.button = button;
      fragment.appendChild(button);
    });
    list.textContent = '';
    list.appendChild(fragment);
    filter();
  }

  function matches(learner, query) {
    return query === '' || learner.words.some(function (word) { return word.indexOf(query) === 0; });
  }

  /** Shows the names with a word starting with the query; enables only the letters that lead somewhere. */
  function filter() {
    var query = state.query;
    var next = {};
    state.learners.forEach(function (learner) {
      var shown = matches(learner, query);
      learner.button.hidden = !shown;
      if (shown) {
        learner.words.forEach(function (word) {
          if (word.indexOf(query) === 0 && word.length > query.length) { next[word.charAt(query.length)] = true; }
        });
      }
    });
    document.querySelectorAll('#keypad [data-letter]').forEach(function (key) {
      key.disabled = !next[key.getAttribute('data-letter')];
    });
    $('search').value = query;
    $('learners').scrollTop = 0;
  }

  function setQuery(query) {
    state.query = fold(query).replace(/[^A-Z]/g, '');
    filter();
  }

  function buildKeypad() {
    var keypad = $('keypad');
    LETTERS.forEach(function (letter) {
      var key = document.createElement('button');
      key.type = 'button';
      key.textContent = letter;
      key.setAttribute('data-letter', letter);
      key.addEventListener('click', function () { setQuery(state.query + letter); });
      keypad.appendChild(key);
    });
    [['backspace', function () { setQuery(state.query.slice(0, -1)); }],
      ['clear', function () { setQuery(''); }]].forEach(function (tool) {
      var key = document.createElement('button');
      key.type = 'button';
      key.className = 'tool';
      key.setAttribute('data-key', tool[0]);
      key.appendChild(window.HoctapPictograms.mark(tool[0]));
      key.addEventListener('click', tool[1]);
      $('keypad-tools').appendChild(key);
    });
    $('tap-card-picture').appendChild(window.HoctapPictograms.mark('card'));
    $('search').addEventListener('input', function (event) { setQuery(event.target.value); });
  }

  // ---- by village ----

  function labelModeToggle() {
    $('browse-toggle').textContent = text(state.mode === 'name' ? 'kiosk.by_village' : 'kiosk.by_name');
  }

  function setMode(mode) {
    state.mode = mode;
    document.body.setAttribute('data-mode', mode);
    if (state.browser) { state.browser.reset(); }
    labelModeToggle();
  }

  function renderBrowser() {
    state.browser = window.HoctapBrowse.show($('browse'), state.learners,
      function () { return text('kiosk.back'); }, checkIn);
  }

  // ---- checking in ----

  /** Shows what became of a check-in: answer is {status, body} as the server gave it. */
  function showAnswer(answer, shownName) {
    if (answer.status === 200) {
      state.langChosen = false;
      showOutcome(answer.body.alreadyCheckedIn ? 'again' : 'ok', answer.body.name, answer.body.topic,
        answer.body.message);
    } else if (answer.body.error === 'unknown_card') {
      showOutcome('unknown', '', '', answer.body.message, answer.body.card);
    } else {
      showOutcome('error', shownName, '', answer.body.message || text('kiosk.error_try_again'));
      if (answer.status === 409) { loadSession().catch(function () {}); }
    }
  }

  /** Sends a check-in and shows what became of it; `who` is {personId} or {card}. */
  function submitCheckIn(who, shownName, done) {
    state.busy = true;
    var body = { lang: state.lang, langChosen: state.langChosen };
    Object.keys(who).forEach(function (field) { body[field] = who[field]; });
    request('POST', '/api/check-ins', body).then(function (answer) {
      showAnswer(answer, shownName);
    }).catch(function () {
      showOutcome('error', shownName, '', text('kiosk.error_try_again'));
    }).finally(function () {
      state.busy = false;
      done();
    });
  }

  /** Cards read by the kiosk's own reader are checked in by the server, which tells the page here. */
  function listenToTheReader() {
    if (!window.EventSource) { return; }
    var events = new EventSource('/api/card-events');
    events.onmessage = function (event) {
      var answer = JSON.parse(event.data);
      setQuery('');
      showAnswer({ status: answer.status, body: answer }, '');
    };
  }

  function checkIn(learner, button) {
    if (state.busy) { return; }
    button.classList.add('pressed');
    submitCheckIn({ personId: learner.id }, learner.name, function () { button.classList.remove('pressed'); });
  }

  function checkInByCard(number) {
    if (state.busy) { return; }
    setQuery('');
    submitCheckIn({ card: number }, '', function () {});
  }

  /** Shows an outcome over the whole screen; an unknown card's UID offers staff to enrol it. */
  function showOutcome(kind, name, topic, message, card) {
    var overlay = $('confirmation');
    var icon = $('confirmation-icon');
    overlay.setAttribute('data-kind', kind);
    icon.textContent = '';
    icon.appendChild(window.HoctapPictograms.mark(kind));
    $('confirmation-name').textContent = name || '';
    $('confirmation-topic').textContent = topic || '';
    $('confirmation-message').textContent = message || '';
    var enrol = $('confirmation-enrol');
    enrol.hidden = !card;
    enrol.href = card ? 'staff.html?card=' + encodeURIComponent(card) : '#';
    overlay.hidden = false;
    window.HoctapSounds.play(kind);
    clearTimeout(state.hideTimer);
    state.hideTimer = setTimeout(dismiss, kind === 'error' || kind === 'unknown' ? ERROR_MS : CONFIRM_MS);
  }

  function dismiss() {
    clearTimeout(state.hideTimer);
    $('confirmation').hidden = true;
    setQuery('');
    if (state.browser) { state.browser.reset(); }
  }

  // ---- start ----

  /** Loads texts, session and names; tries again every few seconds until the kiosk answers. */
  function load() {
    loadTexts(state.lang)
      .then(function () { return Promise.all([loadSession(), loadLearners(), loadPower(), loadSync()]); })
      .then(function () { document.body.setAttribute('data-ready', 'true'); })
      .catch(function () {
        document.body.setAttribute('data-ready', 'error');
        setTimeout(load, 5000);
      });
  }

  function start() {
    buildKeypad();
    setMode('name');
    $('browse-toggle').addEventListener('click', function () { setMode(state.mode === 'name' ? 'village' : 'name'); });
    $('confirmation').addEventListener('click', dismiss);
    window.HoctapCardReader.listen(checkInByCard);
    listenToTheReader();
    load();
    setInterval(function () { loadSession().catch(function () {}); }, SESSION_POLL_MS);
    setInterval(function () { loadPower().catch(function () {}); }, SESSION_POLL_MS);
    setInterval(function () { loadSync().catch(function () {}); }, SESSION_POLL_MS);
    setInterval(function () { loadLearners().catch(function () {}); }, ROSTER_POLL_MS);
  }

  document.addEventListener('DOMContentLoaded', start);
}());
