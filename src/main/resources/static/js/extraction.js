// Review of extracted figures: pointing at a figure's row lights up its span in the text, and the other way round.
(function () {
  function light(id, on) {
    document.querySelectorAll('[data-figure="' + id + '"]').forEach(function (el) {
      el.classList.toggle('dk-focus', on);
    });
  }
  ['mouseover', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var el = event.target.closest && event.target.closest('[data-figure]');
      if (el) { light(el.getAttribute('data-figure'), true); }
    });
  });
  ['mouseout', 'focusout'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var el = event.target.closest && event.target.closest('[data-figure]');
      if (el) { light(el.getAttribute('data-figure'), false); }
    });
  });
})();
