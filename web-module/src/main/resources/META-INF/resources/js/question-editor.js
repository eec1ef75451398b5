// The question editor's live preview: as the admin types, the server renders the preview again
// (the same one the Preview button shows) and it replaces the old one. Without JavaScript the
// Preview button does the same with a page load.
(function () {
  'use strict';
  var form = document.querySelector('form[data-preview]');
  var body = document.querySelector('[data-preview-body]');
  var status = document.querySelector('[data-preview-status]');
  if (!form || !body || !window.fetch) {
    return;
  }
  var timer = null;
  var latest = 0;

  function refresh() {
    var request = ++latest;
    var data = new URLSearchParams(new FormData(form));
    data.set('action', 'preview');
    fetch(form.getAttribute('data-preview'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: data,
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (html) {
      if (request === latest) {
        body.innerHTML = html; // the preview is not announced at every pause in typing, only its failure
        status.textContent = '';
      }
    }).catch(function () {
      if (request === latest) {
        status.textContent = 'The preview could not be updated; press Preview to try again.';
      }
    });
  }

  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 600);
  });
  form.addEventListener('change', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 200);
  });
})();
