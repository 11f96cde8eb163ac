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

// An action sent by htmx must never fail silently. htmx leaves an answer with an error status unswapped;
// the pages' error handler answers an htmx request with a short message and where it goes (HX-Retarget:
// the flash area at the top of the page), so that answer is shown. Any other failure (a server error, a
// lost connection, a session that ended) gets a message of its own there. What the user typed stays on
// the page in every case.
(function () {
  var english = (document.documentElement.lang || '').indexOf('en') === 0;
  var texts = english ? {
    server: 'The server could not carry this out (error {0}). What you entered is still on the page: try again, and tell your administrator if it keeps happening.',
    refused: 'This action was refused (error {0}). Reload the page and try again.',
    offline: 'The request did not reach the server: check the connection and try again. What you entered is still on the page.',
    signedOut: 'Your session has ended, so this was not saved. Sign in again in another tab, then try again here.',
    close: 'Close'
  } : {
    server: 'Máy chủ không thực hiện được thao tác này (mã lỗi {0}). Những gì bạn đã nhập vẫn còn trên trang: hãy thử lại; nếu vẫn lỗi, hãy báo quản trị viên.',
    refused: 'Thao tác không được chấp nhận (mã lỗi {0}). Hãy tải lại trang rồi thử lại.',
    offline: 'Không gửi được yêu cầu tới máy chủ: hãy kiểm tra kết nối mạng rồi thử lại. Những gì bạn đã nhập vẫn còn trên trang.',
    signedOut: 'Phiên đăng nhập đã hết nên thao tác chưa được lưu. Hãy đăng nhập lại ở một thẻ khác rồi thử lại tại đây.',
    close: 'Đóng'
  };

  function flash(message) {
    var box = document.getElementById('flash');
    if (!box) { return; }
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger alert-dismissible';
    alert.setAttribute('role', 'alert');
    var text = document.createElement('span');
    text.textContent = message;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'alert');
    close.setAttribute('aria-label', texts.close);
    alert.appendChild(text);
    alert.appendChild(close);
    box.replaceChildren(alert);
    shown(box);
  }

  // the flash area is at the top of the page: bring it into view when the action was further down
  function shown(box) {
    if (box.getBoundingClientRect().top < 0) {
      box.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status >= 400 && xhr.getResponseHeader('HX-Retarget')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'flash') {
      shown(event.detail.target);
    }
  });
  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr.status;
    // 401: the session has ended (htmx requests are answered so rather than sent to the sign-in page)
    flash(status === 401 ? texts.signedOut : (status >= 500 ? texts.server : texts.refused).replace('{0}', status));
  });
  document.addEventListener('htmx:sendError', function () {
    flash(texts.offline);
  });
})();
