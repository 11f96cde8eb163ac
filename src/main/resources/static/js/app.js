// Sends the CSRF token with every htmx request (forms rendered by Thymeleaf carry it already).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Closes the unit picker's result list when the user clicks elsewhere.
document.addEventListener('click', function (event) {
  var results = document.getElementById('unit-picker-results');
  if (results && !event.target.closest('.dk-picker')) {
    results.innerHTML = '';
  }
});
