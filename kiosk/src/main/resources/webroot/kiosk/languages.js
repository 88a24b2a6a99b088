/* What both pages do with languages: the switch (one button per language, named in that language) and
   filling the page's marked elements with the texts of the one chosen. */
(function () {
  'use strict';

  /** Fills nav with buttons for languages [{tag, label}], the current one pressed; onPick(tag) on a tap. */
  function render(nav, languages, current, onPick) {
    nav.textContent = '';
    languages.forEach(function (language) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = language.label;
      button.setAttribute('data-lang', language.tag);
      button.setAttribute('lang', language.tag);
      button.setAttribute('aria-pressed', String(language.tag === current));
      button.addEventListener('click', function () { onPick(language.tag); });
      nav.appendChild(button);
    });
  }

  /** Puts text(key) into every [data-text] element and every [data-placeholder] field's placeholder. */
  function fill(text) {
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = text(element.getAttribute('data-text'));
    });
    document.querySelectorAll('[data-placeholder]').forEach(function (element) {
      element.setAttribute('placeholder', text(element.getAttribute('data-placeholder')));
    });
  }

  window.HoctapLanguages = { render: render, fill: fill };
}());
