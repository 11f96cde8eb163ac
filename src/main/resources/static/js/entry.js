// Data entry pages. No inline scripts (CSP script-src 'self'): behaviour hangs off data attributes.
(function () {
  function byId(id) { return document.getElementById(id); }

  // A picker (form, period) reloads the page as soon as the user chooses.
  document.addEventListener('change', function (event) {
    var el = event.target;
    if (el.matches && el.matches('[data-autosubmit]') && el.form) {
      el.form.submit();
    }
  });

  // After a conflict the user chooses: keep what they typed (save again over the newer version)
  // or take the value someone else saved.
  document.addEventListener('click', function (event) {
    var keep = event.target.closest('[data-keep-mine]');
    var take = event.target.closest('[data-take-theirs]');
    var button = keep || take;
    if (!button) { return; }
    var key = button.getAttribute('data-key');
    var version = byId('N-' + key);
    var input = byId('V-' + key);
    if (!version || !input) { return; }
    version.value = button.getAttribute('data-version');
    if (keep) {
      htmx.trigger(input, 'change');
      return;
    }
    var theirs = button.getAttribute('data-value') || '';
    if (input.tagName === 'SELECT') {
      theirs = theirs === 'Có' ? 'true' : theirs === 'Không' ? 'false' : '';
    }
    input.value = theirs;
    var status = byId('S-' + key);
    if (status) {
      status.textContent = button.getAttribute('data-done') || '';
    }
  });

  // Marks a field being saved so a slow phone connection shows something is happening.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var field = event.target.closest && event.target.closest('.dk-field');
    if (field) { field.classList.add('dk-saving'); }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var field = event.target.closest && event.target.closest('.dk-field');
    if (field) { field.classList.remove('dk-saving'); }
  });
})();
