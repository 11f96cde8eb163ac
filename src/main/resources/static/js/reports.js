// Report preview: shows "đang lưu…" while an autosave of a text is on its way, so the user knows
// the text is kept without pressing a button.
document.addEventListener('htmx:beforeRequest', function (event) {
  var form = event.target.closest('.dk-text');
  if (form) {
    var status = form.querySelector('.form-text');
    if (status) {
      var area = form.querySelector('textarea');
      status.textContent = (area && area.getAttribute('data-saving')) || '…';
    }
  }
});
