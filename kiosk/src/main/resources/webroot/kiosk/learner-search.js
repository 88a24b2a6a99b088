/* Finding a learner on the staff page by the first letters of any word of their name, typed or tapped
   on a letter keypad drawn in the page. The names are loaded once, behind the staff login. */
(function () {
  'use strict';

  var api = window.HoctapStaffApi;
  var learners = [];

  /** Loads the centre's learners (after a login, and again after an enrolment). */
  function load() {
    return api.request('GET', '/api/staff/learners').then(function (answer) {
      if (answer.status !== 200) { return; }
      learners = answer.body;
      learners.forEach(function (l) { l.words = api.fold(l.name).split(/\s+/); });
    });
  }

  /**
   * Makes input (with a keypad in keypadEl) list up to 12 matching learners in resultsEl as buttons;
   * onPick(learner) when one is tapped. Returns {clear()}.
   */
  function attach(input, keypadEl, resultsEl, onPick) {
    function clear() {
      input.value = '';
      resultsEl.textContent = '';
    }
    function show() {
      var query = api.fold(input.value).replace(/[^A-Z ]/g, '').trim();
      resultsEl.textContent = '';
      if (query.length < 2) { return; }
      learners.filter(function (l) {
        return l.words.some(function (word) { return word.indexOf(query) === 0; });
      }).slice(0, 12).forEach(function (learner) {
        var element = api.button(learner.name + ' · ' + learner.village + ' · ' + learner.household + '/'
          + learner.memberNo, function () { onPick(learner); });
        element.setAttribute('data-person-id', learner.id);
        resultsEl.appendChild(element);
      });
    }
    input.addEventListener('input', show);
    api.letterKeypad(keypadEl, input);
    return { clear: clear };
  }

  window.HoctapLearnerSearch = { load: load, attach: attach };
}());
