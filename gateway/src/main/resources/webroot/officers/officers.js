'use strict';
// The central web for officers: log in, list registrations, review one, adjust, confirm, send results.
// Texts come from /api/texts (templates); every POST echoes the XSRF-TOKEN cookie.

const state = { texts: {}, me: null, year: new Date().getFullYear(), current: null };

function t(key, values) {
  let text = state.texts[key] || key;
  for (const [name, value] of Object.entries(values || {})) {
    text = text.split('{' + name + '}').join(String(value));
  }
  return text;
}

function $(id) { return document.getElementById(id); }

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
}

async function call(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 401 && path !== '/api/login') {
      showLogin();
    }
    throw new Error(json.message || response.statusText);
  }
  return json;
}

function say(text) { $('message').textContent = text || ''; }

function fillTexts() {
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = t(element.dataset.text);
  }
}

function showLogin() {
  $('login').hidden = false;
  $('work').hidden = true;
  $('who').hidden = true;
}

function bars(element, rows) {
  element.textContent = '';
  const most = Math.max(1, ...rows.map(r => r.value));
  for (const r of rows) {
    const bar = document.createElement('div');
    bar.className = 'bar';
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = r.label;
    label.title = r.label;
    const track = document.createElement('span');
    const fill = document.createElement('span');
    fill.className = 'fill' + (r.met ? ' target-met' : '');
    fill.style.display = 'block';
    fill.style.width = Math.round(100 * r.value / (r.scale || most)) + '%';
    track.appendChild(fill);
    const value = document.createElement('span');
    value.textContent = r.text !== undefined ? r.text : String(r.value);
    bar.append(label, track, value);
    element.appendChild(bar);
  }
}

function turns(list, label) {
  return list.map(c => ({ label: label ? label(c.label) : c.label, value: c.turns }));
}

async function loadFigures() {
  try {
    const f = await call('GET', '/api/figures?year=' + encodeURIComponent(state.year));
    bars($('by-centre'), turns(f.learnerTurns.byCentre));
    bars($('by-topic'), turns(f.learnerTurns.byTopic));
    bars($('by-month'), turns(f.learnerTurns.byMonth));
    bars($('by-sex'), turns(f.learnerTurns.bySex, s => t('officer.sex.' + s)));
    $('ethnicity').hidden = !f.learnerTurns.byEthnicity;
    if (f.learnerTurns.byEthnicity) bars($('by-ethnicity'), turns(f.learnerTurns.byEthnicity));
    const kinds = ['FAMILY', 'CITIZEN', 'COMMUNITY', 'CLAN', 'UNIT'];
    const head = $('villages').querySelector('thead tr');
    while (head.children.length > 2) head.removeChild(head.lastChild);
    for (const kind of kinds) {
      const th = document.createElement('th');
      th.textContent = t('officer.title.' + kind);
      head.appendChild(th);
    }
    const villages = $('villages').querySelector('tbody');
    villages.textContent = '';
    for (const v of f.villages) {
      const row = document.createElement('tr');
      cell(row, v.commune + ' · ' + v.village);
      cell(row, String(v.households));
      for (const kind of kinds) {
        const c = v.titles[kind];
        cell(row, c.achieved + ' / ' + c.registered);
      }
      villages.appendChild(row);
    }
    bars($('progress'), f.progress.map(p => ({
      label: p.commune + ': ' + t('officer.title.' + p.title), value: p.percent, scale: 100, met: p.percent >= p.target,
      text: p.percent + '% / ' + p.target + '%' })));
    const list = $('targets');
    list.textContent = '';
    for (const target of f.targets) {
      const item = document.createElement('li');
      item.textContent = t('officer.title.' + target.title) + ', ' + t('officer.area.' + target.area) + ': '
        + target.percent + '% (' + (target.basis || target.setBy) + ')';
      list.appendChild(item);
    }
    for (const [id, path] of [['yearly-csv', 'yearly-report'], ['yearly-xlsx', 'yearly-report'],
      ['centres-csv', 'centres'], ['centres-xlsx', 'centres']]) {
      $(id).href = '/download/' + path + '?year=' + state.year + '&format=' + (id.endsWith('xlsx') ? 'xlsx' : 'csv');
    }
  } catch (e) {
    say(e.message);
  }
}

function fillTargetForm() {
  $('target').hidden = state.me.role !== 'PROVINCE_OFFICER';
  const titles = $('target-title');
  titles.textContent = '';
  for (const kind of ['FAMILY', 'CLAN', 'COMMUNITY', 'UNIT', 'CITIZEN']) {
    titles.appendChild(new Option(t('officer.title.' + kind), kind));
  }
  const areas = $('target-area');
  areas.textContent = '';
  for (const area of ['NORMAL', 'DISADVANTAGED']) {
    areas.appendChild(new Option(t('officer.area.' + area), area));
  }
}

function reminderBody() {
  const texts = {};
  for (const lang of ['vi', 'blt', 'hnj']) {
    const value = $('reminder-' + lang).value.trim();
    if (value) texts[lang] = value;
  }
  return { kind: $('reminder-kind').value, audience: $('reminder-audience').value, year: state.year,
    goal: Number($('reminder-goal').value) || undefined, texts, sendAt: $('reminder-at').value || undefined };
}

async function loadReminders() {
  try {
    const list = await call('GET', '/api/reminders');
    const element = $('reminder-list');
    element.textContent = '';
    for (const r of list.reminders) {
      const item = document.createElement('li');
      item.textContent = t('officer.reminder_line', { when: r.sendAtLocal.replace('T', ' '),
        kind: t('officer.reminder_kind.' + r.kind), state: t('officer.reminder_state.' + r.state), queued: r.queued });
      if (r.state === 'SCHEDULED') {
        const cancel = document.createElement('button');
        cancel.textContent = t('officer.cancel');
        cancel.addEventListener('click', async () => {
          try {
            await call('POST', '/api/reminders/' + encodeURIComponent(r.id) + '/cancel', {});
            loadReminders();
          } catch (e) {
            say(e.message);
          }
        });
        item.append(' ', cancel);
      }
      element.appendChild(item);
    }
  } catch (e) {
    say(e.message);
  }
}

function fillReminderForm() {
  $('reminders').hidden = state.me.role === 'CENTRE_STAFF';
  const kinds = $('reminder-kind');
  kinds.textContent = '';
  for (const kind of ['PROGRESS', 'TEXT']) kinds.appendChild(new Option(t('officer.reminder_kind.' + kind), kind));
  const audiences = $('reminder-audience');
  audiences.textContent = '';
  for (const a of ['ALL', 'FAMILY_REGISTERED']) audiences.appendChild(new Option(t('officer.reminder_audience.' + a), a));
}

function showWork() {
  $('login').hidden = true;
  $('work').hidden = false;
  $('who').hidden = false;
  $('who-name').textContent = t('officer.logged_in_as',
    { name: state.me.name, role: t('officer.role.' + state.me.role) });
  $('year').value = state.year;
  fillTargetForm();
  fillReminderForm();
  loadRegistrations();
  loadFigures();
  if (state.me.role !== 'CENTRE_STAFF') loadReminders();
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function who(registrant) {
  const parts = [];
  if (registrant.name) parts.push(registrant.name);
  if (registrant.household) parts.push(registrant.household + (registrant.member ? ' #' + registrant.member : ''));
  if (registrant.ethnicity) parts.push(registrant.ethnicity);
  return parts.join(' · ');
}

function result(achieved) {
  return achieved ? t('officer.achieved') : t('officer.not_yet');
}

async function loadRegistrations() {
  say('');
  try {
    const list = await call('GET', '/api/registrations?year=' + encodeURIComponent(state.year));
    const body = $('registrations').querySelector('tbody');
    body.textContent = '';
    for (const r of list.registrations) {
      const row = document.createElement('tr');
      row.className = 'registration';
      row.dataset.id = r.id;
      cell(row, r.titleName);
      cell(row, who(r.registrant));
      cell(row, r.registrant.village || '');
      cell(row, r.score ? r.score.total + '/' + r.score.maximum + ' · ' + result(r.score.achieved) : t('officer.' + r.unscored),
        r.score ? (r.score.achieved ? 'achieved' : 'not-yet') : '');
      cell(row, r.decision ? result(r.decision.achieved) + ' (' + r.decision.total + ')' : t('officer.undecided'));
      row.addEventListener('click', () => openReview(r.id));
      body.appendChild(row);
    }
    $('none').hidden = list.registrations.length > 0;
    $('registrations').setAttribute('data-year', String(list.year));
  } catch (e) {
    say(e.message);
  }
}

function evidenceText(indicator) {
  const e = indicator.evidence;
  const figure = indicator.figure;
  if (e.kind === 'manual') return t('officer.evidence.manual');
  if (figure === null || figure === undefined) return t('officer.evidence.none');
  switch (e.kind) {
    case 'activities': return t('officer.evidence.activities', { codes: e.codes.join(', '), count: figure });
    case 'learnerTurns': return t('officer.evidence.learnerTurns', { count: figure });
    case 'learningCitizens': return t('officer.evidence.learningCitizens', { count: figure });
    case 'score': return t('officer.evidence.score', { fact: e.fact, value: figure });
    default: return t('officer.evidence.fact', { fact: e.fact, value: figure });
  }
}

function mappingText(indicator) {
  const e = indicator.evidence;
  if (!e.steps) return e.fact ? e.fact : '';
  return e.steps.map(s => t('officer.step', { atLeast: s.atLeast, points: s.points })).join('; ');
}

function renderReview(evaluation) {
  state.current = evaluation;
  $('review').hidden = false;
  const rules = evaluation.rules;
  $('review-title').textContent = (rules ? rules.name : t('officer.title.' + evaluation.title)) + ' ' + evaluation.year
    + ': ' + who(evaluation.registrant);
  $('review-rules').textContent = rules ? t('officer.legal_basis') + ': ' + rules.legalBasis + ' (' + rules.label + ')' : '';
  const body = $('indicators').querySelector('tbody');
  body.textContent = '';
  const score = evaluation.score;
  $('review-total').textContent = score
    ? t('officer.total', { total: score.total, maximum: score.maximum, pass: score.passMark }) + ' · ' + result(score.achieved)
    : t('officer.' + evaluation.unscored);
  $('confirm').hidden = !score;
  $('fact').hidden = !score;
  const facts = new Set();
  for (const i of score ? score.indicators : []) {
    if (i.evidence.fact) facts.add(i.evidence.fact);
    const row = document.createElement('tr');
    if (score.shortfalls.includes(i.code)) row.className = 'short';
    cell(row, i.code + ' ' + i.name);
    cell(row, evidenceText(i));
    cell(row, mappingText(i), 'mapping');
    const points = cell(row, i.points + '/' + i.max);
    if (i.adjustment) {
      const note = document.createElement('span');
      note.className = 'adjustment';
      note.textContent = t('officer.adjusted', { by: i.adjustment.by, points: i.adjustment.points, reason: i.adjustment.reason });
      points.appendChild(note);
    }
    const form = document.createElement('form');
    form.className = 'adjust';
    const value = document.createElement('input');
    value.type = 'number'; value.min = 0; value.max = i.max; value.required = true; value.name = 'points';
    const reason = document.createElement('input');
    reason.placeholder = t('officer.reason'); reason.required = true; reason.name = 'reason';
    const button = document.createElement('button');
    button.textContent = t('officer.adjust');
    form.append(value, reason, button);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      await step('/adjust', { indicator: i.code, points: Number(value.value), reason: reason.value });
    });
    const td = document.createElement('td');
    td.appendChild(form);
    row.appendChild(td);
    body.appendChild(row);
  }
  const select = $('fact-name');
  select.textContent = '';
  for (const fact of facts) {
    const option = document.createElement('option');
    option.value = fact; option.textContent = fact;
    select.appendChild(option);
  }
  const d = evaluation.decision;
  $('decision').textContent = d
    ? t('officer.decided', { total: d.total, maximum: d.maximum, result: result(d.achieved), by: d.decidedBy, at: d.decidedAt })
    : t('officer.undecided');
}

async function openReview(id) {
  say('');
  try {
    renderReview(await call('GET', '/api/registrations/' + encodeURIComponent(id)));
  } catch (e) {
    say(e.message);
  }
}

async function step(path, body) {
  say('');
  try {
    renderReview(await call('POST', '/api/registrations/' + encodeURIComponent(state.current.id) + path, body));
    loadRegistrations();
  } catch (e) {
    say(e.message);
  }
}

async function start() {
  try {
    state.texts = (await call('GET', '/api/texts?lang=vi')).texts;
  } catch (e) {
    say(e.message);
  }
  fillTexts();
  state.me = await call('GET', '/api/me').catch(() => ({}));
  if (state.me && state.me.login) showWork(); else showLogin();
  document.body.setAttribute('data-ready', 'true');

  $('login').addEventListener('submit', async event => {
    event.preventDefault();
    say('');
    try {
      // The session may be new (after a log-out, or 30 idle minutes): a GET first brings its anti-forgery token.
      await call('GET', '/api/me');
      await call('POST', '/api/login', { login: $('login-name').value, password: $('login-password').value });
      $('login-password').value = '';
      // A login takes a new session, and the anti-forgery token of the old one no longer counts: a GET brings the new.
      state.me = await call('GET', '/api/me');
      showWork();
    } catch (e) {
      say(e.message);
    }
  });
  $('log-out').addEventListener('click', async () => {
    await call('POST', '/api/logout', {}).catch(() => {});
    state.me = null;
    showLogin();
  });
  $('year-form').addEventListener('submit', event => {
    event.preventDefault();
    state.year = Number($('year').value) || state.year;
    $('review').hidden = true;
    loadRegistrations();
    loadFigures();
  });
  $('target').addEventListener('submit', async event => {
    event.preventDefault();
    say('');
    try {
      await call('POST', '/api/targets', { title: $('target-title').value, area: $('target-area').value,
        percent: Number($('target-percent').value) });
      loadFigures();
    } catch (e) {
      say(e.message);
    }
  });
  $('send-results').addEventListener('click', async () => {
    say('');
    try {
      const sent = await call('POST', '/api/results/send', { year: state.year });
      $('sent').textContent = t('officer.sent', sent);
    } catch (e) {
      say(e.message);
    }
  });
  $('register').addEventListener('submit', async event => {
    event.preventDefault();
    say('');
    const member = Number($('register-member').value);
    try {
      const evaluation = await call('POST', '/api/registrations', {
        year: state.year, title: $('register-title').value, household: $('register-household').value,
        member: member || undefined, village: $('register-village').value, name: $('register-name').value });
      renderReview(evaluation);
      loadRegistrations();
    } catch (e) {
      say(e.message);
    }
  });
  $('fact').addEventListener('submit', async event => {
    event.preventDefault();
    await step('/facts', { fact: $('fact-name').value, value: Number($('fact-value').value), note: $('fact-note').value });
  });
  $('confirm').addEventListener('click', () => step('/confirm', {}));
  $('reminder-preview').addEventListener('click', async () => {
    say('');
    try {
      const p = await call('POST', '/api/reminders/preview', reminderBody());
      $('reminder-cost').textContent = t('officer.preview_line', p);
      const samples = $('reminder-samples');
      samples.textContent = '';
      for (const sample of p.samples) {
        const item = document.createElement('li');
        item.textContent = sample.language + ' (' + sample.segments + ', ' + sample.encoding + '): ' + sample.text;
        samples.appendChild(item);
      }
    } catch (e) {
      say(e.message);
    }
  });
  $('reminder').addEventListener('submit', async event => {
    event.preventDefault();
    say('');
    try {
      await call('POST', '/api/reminders', reminderBody());
      loadReminders();
    } catch (e) {
      say(e.message);
    }
  });
}

start();
