/* The confirmation's sound, made by the page (kiosks without a buzzer): one bright beep for a
   check-in, two for "already checked in", a low tone for an unknown card or an error. The last
   sound asked for is in <body data-sound>, for whoever needs to know what the page said. */
(function () {
  'use strict';

  var TONES = {
    ok: [[880, 0, 0.18]],
    again: [[660, 0, 0.12], [660, 0.18, 0.12]],
    unknown: [[220, 0, 0.45]],
    error: [[220, 0, 0.45]]
  };
  var context = null;

  function audio() {
    if (context === null && (window.AudioContext || window.webkitAudioContext)) {
      context = new (window.AudioContext || window.webkitAudioContext)();
    }
    return context;
  }

  function play(kind) {
    document.body.setAttribute('data-sound', kind);
    var ctx = audio();
    if (!ctx) { return; }
    if (ctx.state === 'suspended') { ctx.resume().catch(function () {}); }
    (TONES[kind] || TONES.error).forEach(function (tone) {
      var oscillator = ctx.createOscillator();
      var gain = ctx.createGain();
      var start = ctx.currentTime + tone[1];
      oscillator.frequency.value = tone[0];
      gain.gain.setValueAtTime(0.25, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + tone[2]);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + tone[2] + 0.02);
    });
  }

  window.HoctapSounds = { play: play };
}());
