/* Enrolling a learner (into a household by its code, or a new household in a village), then linking a
   card: tapped on the kiosk's reader, or its number typed. A card someone else holds moves only when
   staff say so. */
(function () {
  'use strict';

  var api = window.HoctapStaffApi;
  var $ = api.$;
  var state = { learner: null, card: null };

  /** Waits with the card for a learner: a new one enrolled, or one found among those enrolled. */
  function forLearner(learner) {
    state.learner = learner;
    $('card-for').textContent = learner.name + ' · ' + learner.household + '/' + learner.memberNo;
    $('card-form').hidden = false;
    $('card-move').hidden = true;
    $('card-number').value = state.card || '';
  }

  function loadVillages() {
    return api.request('GET', '/api/staff/villages').then(function (answer) {
      if (answer.status !== 200) { return; }
      var select = $('enrol-village');
      select.textContent = '';
      select.appendChild(document.createElement('option'));
      answer.body.forEach(function (village) {
        var option = document.createElement('option');
        option.value = village.id;
        option.textContent = village.name;
        select.appendChild(option);
      });
    });
  }

  function enrol(event) {
    event.preventDefault();
    var sex = document.querySelector('#enrol-form input[name="sex"]:checked');
    var body = { name: $('enrol-name').value, sex: sex ? sex.value : null };
    if ($('enrol-year').value) { body.birthYear = Number($('enrol-year').value); }
    if ($('enrol-household').value.trim()) {
      body.household = $('enrol-household').value.trim();
    } else {
      body.villageId = $('enrol-village').value;
    }
    api.request('POST', '/api/staff/people', body).then(function (answer) {
      if (!api.sayAnswer(answer)) { return; }
      $('enrol-form').reset();
      forLearner(answer.body.learner);
      window.HoctapLearnerSearch.load();
    });
  }

  function link(move) {
    if (!state.learner) { return; }
    api.request('POST', '/api/staff/cards', { personId: state.learner.id, card: $('card-number').value, move: move })
      .then(function (answer) {
        api.sayAnswer(answer);
        $('card-move').hidden = answer.status !== 409;
        if (answer.status === 200) {
          $('card-form').hidden = true;
          $('card-waiting').hidden = true;
          state.learner = null;
          state.card = null;
        }
      });
  }

  function start() {
    var search = window.HoctapLearnerSearch.attach($('card-search'), $('card-keypad'), $('card-results'),
      function (learner) { search.clear(); forLearner(learner); });
    $('enrol-form').addEventListener('submit', enrol);
    $('card-form').addEventListener('submit', function (event) { event.preventDefault(); link(false); });
    $('card-move').addEventListener('click', function () { link(true); });
  }

  /** A card that the kiosk did not know, brought here from its screen (staff.html?card=…). */
  function cardToEnrol(card) {
    state.card = card;
    $('card-waiting').textContent = api.text('staff.card_waiting', { card: card });
    $('card-waiting').hidden = false;
    $('card-existing').open = true;
  }

  /** A card tapped on the kiosk's reader while a learner waits for one. */
  function cardTapped(number) {
    if (!state.learner || $('card-form').hidden) { return false; }
    $('card-number').value = number;
    link(false);
    return true;
  }

  window.HoctapStaffEnrol = { start: start, load: loadVillages, cardTapped: cardTapped, cardToEnrol: cardToEnrol };
}());
