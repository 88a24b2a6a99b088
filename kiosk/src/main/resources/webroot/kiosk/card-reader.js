/* USB card readers that present themselves as a keyboard (the 125 kHz EM4100 kind) type the card's
   number and Enter, a key every few milliseconds. They are told from a person typing by that timing,
   and keys are read by KeyboardEvent.code, so neither the keyboard layout nor where the focus is can
   make a scan go astray. Digits never reach a text box: names have none. */
(function () {
  'use strict';

  var MOST_MS_BETWEEN_KEYS = 50; // readers: under 10 ms; people: 100 ms or more
  var SHORTEST = 8;              // 4-byte UIDs in hex; EM4100 readers type 10 digits
  var LONGEST = 20;

  /** The character a key stands for in a card number, or null: digits, and A–F for hex readers. */
  function characterOf(event) {
    var digit = /^(?:Digit|Numpad)([0-9])$/.exec(event.code || '');
    if (digit) { return digit[1]; }
    var hex = /^Key([A-F])$/.exec(event.code || '');
    return hex ? hex[1] : null;
  }

  /**
   * Calls onCard(number) for every burst of card characters ended by Enter. Digits are kept from text
   * boxes unless options.keepDigits (a page where people type numbers, such as the staff page).
   */
  function listen(onCard, options) {
    var keepDigits = Boolean(options && options.keepDigits);
    var typed = '';
    var last = -Infinity;
    document.addEventListener('keydown', function (event) {
      if (/^(?:Shift|Control|Alt|Meta)/.test(event.code || '')) { return; } // hex readers shift for A–F
      var now = event.timeStamp || performance.now();
      var quick = now - last <= MOST_MS_BETWEEN_KEYS;
      last = now;
      if (event.code === 'Enter' || event.code === 'NumpadEnter') {
        if (quick && typed.length >= SHORTEST && typed.length <= LONGEST) {
          event.preventDefault();
          onCard(typed);
        }
        typed = '';
        return;
      }
      var character = characterOf(event);
      if (character === null) {
        typed = '';
        return;
      }
      if (!keepDigits && /[0-9]/.test(character)) { event.preventDefault(); }
      typed = quick ? typed + character : character; // a pause starts a new number
    }, true);
  }

  window.HoctapCardReader = { listen: listen };
}());
