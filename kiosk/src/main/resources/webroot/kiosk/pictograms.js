/* Pictograms for topics (by the topic's pictogram name) and for the confirmation screen, as inline
   SVG: no image files, no fonts with emoji needed. Each is drawn on a 64×64 grid. */
(function () {
  'use strict';

  var disc = '<circle cx="32" cy="32" r="31" fill="#ffffff" stroke="#d6d0c4" stroke-width="2"/>';

  var topics = {
    rice: disc +
      '<path d="M32 56 C32 40 30 26 22 12" fill="none" stroke="#6b8e23" stroke-width="3" stroke-linecap="round"/>' +
      '<path d="M32 56 C33 42 38 30 46 20" fill="none" stroke="#6b8e23" stroke-width="3" stroke-linecap="round"/>' +
      '<g fill="#e0b43c"><ellipse cx="21" cy="16" rx="3" ry="5" transform="rotate(-30 21 16)"/>' +
      '<ellipse cx="25" cy="23" rx="3" ry="5" transform="rotate(-25 25 23)"/>' +
      '<ellipse cx="28" cy="31" rx="3" ry="5" transform="rotate(-15 28 31)"/>' +
      '<ellipse cx="45" cy="22" rx="3" ry="5" transform="rotate(35 45 22)"/>' +
      '<ellipse cx="41" cy="29" rx="3" ry="5" transform="rotate(30 41 29)"/>' +
      '<ellipse cx="37" cy="36" rx="3" ry="5" transform="rotate(20 37 36)"/></g>' +
      '<path d="M14 56 H50" stroke="#4a90c2" stroke-width="4" stroke-linecap="round"/>',
    maize: disc +
      '<path d="M32 58 C22 50 18 36 24 22 C26 36 30 46 32 58 Z" fill="#5a9e3a"/>' +
      '<path d="M32 58 C42 50 46 36 40 22 C38 36 34 46 32 58 Z" fill="#4c8a30"/>' +
      '<ellipse cx="32" cy="30" rx="8" ry="19" fill="#f2c230"/>' +
      '<g stroke="#d39e12" stroke-width="1.5"><path d="M25 22 H39 M24 28 H40 M24 34 H40 M25 40 H39"/>' +
      '<path d="M29 12 V48 M35 12 V48"/></g>',
    pig: disc +
      '<path d="M14 22 L20 8 L26 18 Z M50 22 L44 8 L38 18 Z" fill="#e98fa0"/>' +
      '<circle cx="32" cy="34" r="20" fill="#f4a9b8"/>' +
      '<ellipse cx="32" cy="40" rx="9" ry="7" fill="#e98fa0"/>' +
      '<circle cx="29" cy="40" r="2" fill="#8a3b4a"/><circle cx="35" cy="40" r="2" fill="#8a3b4a"/>' +
      '<circle cx="24" cy="28" r="2.5" fill="#1d2433"/><circle cx="40" cy="28" r="2.5" fill="#1d2433"/>',
    buffalo: disc +
      '<path d="M20 24 C8 22 6 12 10 8 C12 16 18 18 24 18 Z M44 24 C56 22 58 12 54 8 C52 16 46 18 40 18 Z" fill="#c9b79c"/>' +
      '<path d="M20 20 H44 L42 44 C40 54 24 54 22 44 Z" fill="#5b5b66"/>' +
      '<ellipse cx="32" cy="46" rx="9" ry="6" fill="#7c7c88"/>' +
      '<circle cx="28" cy="46" r="1.8" fill="#1d2433"/><circle cx="36" cy="46" r="1.8" fill="#1d2433"/>' +
      '<circle cx="26" cy="30" r="2.5" fill="#ffffff"/><circle cx="38" cy="30" r="2.5" fill="#ffffff"/>',
    tree: disc +
      '<rect x="28" y="38" width="8" height="18" rx="2" fill="#8b5a2b"/>' +
      '<circle cx="32" cy="26" r="15" fill="#3f8f3a"/><circle cx="22" cy="33" r="9" fill="#4ea447"/>' +
      '<circle cx="42" cy="33" r="9" fill="#4ea447"/>',
    health: disc +
      '<path d="M32 54 C12 40 10 28 16 20 C22 13 30 16 32 22 C34 16 42 13 48 20 C54 28 52 40 32 54 Z" fill="#e05a5a"/>' +
      '<path d="M28 26 H36 V32 H42 V40 H36 V46 H28 V40 H22 V32 H28 Z" fill="#ffffff"/>',
    law: disc +
      '<path d="M32 12 V50 M16 20 H48 M24 54 H40" stroke="#6d4c2f" stroke-width="3" stroke-linecap="round" fill="none"/>' +
      '<path d="M16 20 L9 36 H23 Z M48 20 L41 36 H55 Z" fill="none" stroke="#6d4c2f" stroke-width="2"/>' +
      '<path d="M9 36 C9 42 23 42 23 36 Z M41 36 C41 42 55 42 55 36 Z" fill="#d9a441"/>',
    abc: disc +
      '<rect x="10" y="18" width="44" height="30" rx="4" fill="#2f6f4f"/>' +
      '<path d="M16 42 L21 24 L26 42 M18 36 H24" stroke="#ffffff" stroke-width="2.5" fill="none" stroke-linejoin="round"/>' +
      '<path d="M30 24 V42 H34 C39 42 39 33 34 33 H30 M30 33 H33 C37 33 37 24 33 24 H30" stroke="#ffffff" stroke-width="2.5" fill="none"/>' +
      '<path d="M49 26 C44 22 40 27 40 33 C40 40 45 44 49 40" stroke="#ffffff" stroke-width="2.5" fill="none"/>' +
      '<path d="M22 48 V54 M42 48 V54" stroke="#8b5a2b" stroke-width="3"/>',
    book: disc +
      '<path d="M32 20 C26 15 16 15 10 18 V48 C16 45 26 45 32 50 Z" fill="#4a7fc1"/>' +
      '<path d="M32 20 C38 15 48 15 54 18 V48 C48 45 38 45 32 50 Z" fill="#3a6aa8"/>' +
      '<path d="M15 25 C20 23 25 23 28 25 M15 31 C20 29 25 29 28 31 M36 25 C39 23 44 23 49 25 M36 31 C39 29 44 29 49 31" stroke="#ffffff" stroke-width="1.6" fill="none"/>',
    language: disc +
      '<path d="M8 14 H38 V34 H20 L12 41 V34 H8 Z" fill="#4a7fc1"/>' +
      '<path d="M26 28 H56 V48 H52 V55 L44 48 H26 Z" fill="#e0a030"/>' +
      '<path d="M14 21 H32 M14 27 H26 M32 35 H50 M32 41 H44" stroke="#ffffff" stroke-width="2.5" stroke-linecap="round"/>',
    phone: disc +
      '<rect x="20" y="8" width="24" height="48" rx="5" fill="#2d3340"/>' +
      '<rect x="23" y="14" width="18" height="32" rx="1.5" fill="#8fc4f0"/>' +
      '<circle cx="32" cy="51" r="2.5" fill="#ffffff"/>' +
      '<path d="M27 30 L31 34 L38 25" stroke="#1b7f3b" stroke-width="3" fill="none" stroke-linecap="round"/>',
    school: disc +
      '<path d="M10 28 L32 14 L54 28 Z" fill="#c0504d"/>' +
      '<rect x="14" y="28" width="36" height="24" fill="#f2e6c9" stroke="#8b5a2b" stroke-width="1.5"/>' +
      '<rect x="28" y="38" width="8" height="14" fill="#8b5a2b"/>' +
      '<rect x="18" y="33" width="7" height="7" fill="#8fc4f0"/><rect x="39" y="33" width="7" height="7" fill="#8fc4f0"/>'
  };

  var marks = {
    ok: '<circle cx="32" cy="32" r="30" fill="#ffffff"/>' +
      '<path d="M17 33 L28 44 L48 21" stroke="#1b7f3b" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    again: '<circle cx="32" cy="32" r="30" fill="#ffffff"/>' +
      '<path d="M12 33 L21 42 L37 23 M27 42 L30 45 L52 20" stroke="#1f5fa8" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    error: '<circle cx="32" cy="32" r="30" fill="#ffffff"/>' +
      '<path d="M32 15 V37" stroke="#b3261e" stroke-width="7" stroke-linecap="round"/>' +
      '<circle cx="32" cy="48" r="4.5" fill="#b3261e"/>',
    unknown: '<circle cx="32" cy="32" r="30" fill="#ffffff"/>' +
      '<rect x="12" y="16" width="40" height="32" rx="4" fill="none" stroke="#8a5a00" stroke-width="4"/>' +
      '<path d="M27 26 C27 20 37 20 37 26 C37 30 32 30 32 35" stroke="#8a5a00" stroke-width="4" fill="none" stroke-linecap="round"/>' +
      '<circle cx="32" cy="41" r="2.5" fill="#8a5a00"/>',
    waiting: '<circle cx="32" cy="32" r="30" fill="#ffffff" stroke="#9a9488" stroke-width="2"/>' +
      '<circle cx="32" cy="32" r="21" fill="none" stroke="#5f6675" stroke-width="4"/>' +
      '<path d="M32 19 V32 L41 38" stroke="#5f6675" stroke-width="4" fill="none" stroke-linecap="round"/>',
    backspace: '<path d="M22 16 H54 V48 H22 L6 32 Z" fill="none" stroke="#1d2433" stroke-width="4" stroke-linejoin="round"/>' +
      '<path d="M30 24 L46 40 M46 24 L30 40" stroke="#1d2433" stroke-width="4" stroke-linecap="round"/>',
    clear: '<path d="M16 16 L48 48 M48 16 L16 48" stroke="#b3261e" stroke-width="6" stroke-linecap="round"/>',
    card: '<rect x="6" y="14" width="40" height="28" rx="4" fill="#ffffff" stroke="#1f5fa8" stroke-width="3"/>' +
      '<rect x="12" y="21" width="9" height="7" rx="1.5" fill="#d9a21b"/>' +
      '<path d="M12 35 H34" stroke="#1f5fa8" stroke-width="3" stroke-linecap="round"/>' +
      '<path d="M50 22 C54 26 54 32 50 36 M55 18 C61 25 61 33 55 40" stroke="#1f5fa8" stroke-width="3" fill="none" stroke-linecap="round"/>'
  };

  function svg(markup) {
    var element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    element.setAttribute('viewBox', '0 0 64 64');
    element.setAttribute('focusable', 'false');
    element.innerHTML = markup;
    return element;
  }

  window.HoctapPictograms = {
    /** The topic's pictogram; a school for names this page does not know. */
    topic: function (name) {
      return svg(Object.prototype.hasOwnProperty.call(topics, name) ? topics[name] : topics.school);
    },
    /** A mark: 'ok', 'again', 'unknown' (a card) or 'error' for the confirmation; 'waiting' when no class is open;
        'backspace' or 'clear' for the keypad. */
    mark: function (kind) {
      return svg(marks[kind] || marks.error);
    }
  };
}());
