// Cofactor quiz enhancements. The pages work without this file; with it, each answer is saved the
// moment it changes, and a timed attempt shows a countdown whose warnings reach screen readers.
(function () {
  'use strict';

  var form = document.querySelector('form.question-form');
  var status = document.querySelector('[data-save-status]');

  function answerOf(form) {
    var kind = form.dataset.kind;
    var data = new FormData(form);
    switch (kind) {
      case 'SINGLE_CHOICE': return data.get('choice') ? { choiceId: data.get('choice') } : null;
      case 'MULTIPLE_RESPONSE': return { choiceIds: data.getAll('choices').filter(Boolean) };
      case 'TRUE_FALSE': return data.get('value') ? { value: data.get('value') === 'true' } : null;
      case 'MATCHING':
        var pairs = {};
        form.querySelectorAll('select[name^="pair-"]').forEach(function (select) {
          if (select.value) { pairs[select.name.substring(5)] = select.value; }
        });
        return Object.keys(pairs).length ? { pairs: pairs } : null;
      case 'SHORT_ANSWER': return data.get('text') ? { text: data.get('text') } : null;
      case 'NUMERIC':
        var number = Number(String(data.get('number') || '').replace(',', '.'));
        return data.get('number') && !isNaN(number) ? { number: number } : null;
      default: return null; // ordering is saved by its move buttons
    }
  }

  function save() {
    var answer = answerOf(form);
    if (!answer) { return; }
    fetch('/api/attempts/' + form.dataset.attempt + '/answers/' + encodeURIComponent(form.dataset.question), {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'X-CSRF-Token': form.querySelector('input[name="csrf-token"]').value
      },
      credentials: 'same-origin',
      body: JSON.stringify(answer)
    }).then(function (response) {
      if (response.ok) {
        status.textContent = 'Answer saved.';
      } else {
        return response.json().then(function (problem) { status.textContent = problem.detail || 'Not saved.'; });
      }
    }).catch(function () {
      status.textContent = 'Not saved yet: no connection. Your answer is sent again when you move on.';
    });
  }

  if (form && status) {
    var timer;
    form.addEventListener('change', save);
    form.addEventListener('input', function (event) {
      if (event.target.classList.contains('text-answer')) {
        clearTimeout(timer);
        timer = setTimeout(save, 600);
      }
    });
  }

  var deadlineElement = document.querySelector('[data-deadline]');
  var countdown = document.querySelector('[data-countdown]');
  var warning = document.querySelector('[data-time-warning]');
  if (deadlineElement && countdown && warning) {
    var deadline = Date.parse(deadlineElement.dataset.deadline);
    var warned = {};
    countdown.hidden = false;
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      countdown.textContent = left > 0 ? minutes + ':' + (seconds < 10 ? '0' : '') + seconds + ' left' : 'Time is up';
      [[300, '5 minutes left.'], [60, '1 minute left.'], [0, 'Time is up. Submit to see your result.']]
        .forEach(function (mark) {
          if (left <= mark[0] && !warned[mark[0]]) {
            warned[mark[0]] = true;
            if (left > 0 || mark[0] === 0) { warning.textContent = mark[1]; }
          }
        });
      if (left > 0) { setTimeout(tick, 1000); }
    };
    tick();
  }
})();
