/* Finding oneself without reading or spelling: the centre's villages, then a village's households,
   then a household's members, each a large button. The last tap picks the person. */
(function () {
  'use strict';

  var collator = new Intl.Collator('vi', { sensitivity: 'base' });

  function button(className, label, detail) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    var name = document.createElement('span');
    name.className = 'name';
    name.textContent = label;
    element.appendChild(name);
    if (detail) {
      var where = document.createElement('span');
      where.className = 'where';
      where.textContent = detail;
      element.appendChild(where);
    }
    return element;
  }

  function distinct(values) {
    return values.filter(function (value, i) { return values.indexOf(value) === i; });
  }

  /**
   * Shows the browser in `container`. learners: [{id, name, village, household, memberNo}];
   * backLabel(): the back button's text now; onPick(learner, button) when a person is tapped.
   * Returns {reset(), render()}: back to the villages; redraw (e.g. in another language).
   */
  function show(container, learners, backLabel, onPick) {
    var village = null;
    var household = null;

    function members() {
      return learners.filter(function (l) { return l.village === village && l.household === household; })
        .sort(function (a, b) { return a.memberNo - b.memberNo; });
    }

    function render() {
      container.textContent = '';
      if (village !== null) {
        var back = button('browse-back', backLabel());
        back.setAttribute('data-browse', 'back');
        back.addEventListener('click', function () {
          if (household !== null) { household = null; } else { village = null; }
          render();
        });
        container.appendChild(back);
      }
      if (village === null) {
        distinct(learners.map(function (l) { return l.village; })).sort(collator.compare).forEach(function (name) {
          var count = learners.filter(function (l) { return l.village === name; }).length;
          var item = button('browse-item', name, String(count));
          item.setAttribute('data-village', name);
          item.addEventListener('click', function () { village = name; render(); });
          container.appendChild(item);
        });
      } else if (household === null) {
        var inVillage = learners.filter(function (l) { return l.village === village; });
        distinct(inVillage.map(function (l) { return l.household; })).sort().forEach(function (code) {
          var names = inVillage.filter(function (l) { return l.household === code; })
            .sort(function (a, b) { return a.memberNo - b.memberNo; }).map(function (l) { return l.name; });
          var item = button('browse-item', code, names.join(', '));
          item.setAttribute('data-household', code);
          item.addEventListener('click', function () { household = code; render(); });
          container.appendChild(item);
        });
      } else {
        members().forEach(function (learner) {
          var item = button('learner', learner.name, learner.household + '/' + learner.memberNo);
          item.setAttribute('data-person-id', learner.id);
          item.addEventListener('click', function () { onPick(learner, item); });
          container.appendChild(item);
        });
      }
      container.scrollTop = 0;
    }

    render();
    return {
      reset: function () { village = null; household = null; render(); },
      render: render
    };
  }

  window.HoctapBrowse = { show: show };
}());
