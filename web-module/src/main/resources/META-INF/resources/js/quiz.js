// Cofactor quiz enhancements. The pages work without this file; with it, each answer is saved the
// moment it changes (and saved again until it is), and a timed attempt shows a countdown whose warnings
// reach screen readers.
(function () {
  'use strict';

  var form = document.querySelector('form.question-form');
  var status = document.querySelector('[data-save-status]');

  // What the form holds: an answer, null for none (nothing chosen, ticked or typed), or NOT_A_NUMBER.
  var NOT_A_NUMBER = {};
  function answerOf(form) {
    var kind = form.dataset.kind;
    var data = new FormData(form);
    switch (kind) {
      case 'SINGLE_CHOICE': return data.get('choice') ? { choiceId: data.get('choice') } : null;
      case 'MULTIPLE_RESPONSE':
        var ticked = data.getAll('choices').filter(Boolean);
        return ticked.length ? { choiceIds: ticked } : null;
      case 'TRUE_FALSE': return data.get('value') ? { value: data.get('value') === 'true' } : null;
      case 'MATCHING':
        var pairs = {};
        form.querySelectorAll('select[name^="pair-"]').forEach(function (select) {
          if (select.value) { pairs[select.name.substring(5)] = select.value; }
        });
        return Object.keys(pairs).length ? { pairs: pairs } : null;
      case 'SHORT_ANSWER': return data.get('text') ? { text: data.get('text') } : null;
      case 'NUMERIC':
        var typed = String(data.get('number') || '').trim();
        var number = Number(typed.replace(',', '.'));
        return !typed ? null : isNaN(number) ? NOT_A_NUMBER : { number: number };
      case 'ORDERING':
        return { order: Array.prototype.map.call(form.querySelectorAll('input[name="order"]'), function (input) {
          return input.value;
        }) };
      default: return null;
    }
  }

  // Ordering, as H5P's and Moodle's: a move happens in place, the focus stays on the moved item's button (or
  // its twin once the item reaches an end), its new place is announced, and the order is saved as any answer.
  function move(button) {
    var item = button.closest('li');
    var up = /:up$/.test(button.value);
    var neighbour = up ? item.previousElementSibling : item.nextElementSibling;
    if (!neighbour) { return; }
    item.parentNode.insertBefore(up ? item : neighbour, up ? neighbour : item);
    var items = Array.prototype.slice.call(item.parentNode.children);
    items.forEach(function (li, i) {
      li.querySelector('button[value$=":up"]').disabled = i === 0;
      li.querySelector('button[value$=":down"]').disabled = i === items.length - 1;
    });
    (button.disabled ? item.querySelector(up ? 'button[value$=":down"]' : 'button[value$=":up"]') : button).focus();
    document.querySelector('[data-move-status]').textContent =
      'Moved to position ' + (items.indexOf(item) + 1) + ' of ' + items.length + '.';
    save();
  }

  // Autosave, as Moodle's: one save in flight at a time, and a change made meanwhile is sent when it
  // returns; each save carries this page's id and its number, so the server never lets an older save
  // replace a newer one. A save that fails for the network or the server (5xx, 503) is retried with
  // backoff while the status says so, and leaving the page with an answer not yet saved asks first.
  var page = Math.random().toString(36).slice(2) + Date.now().toString(36);
  var sequence = 0;
  var inFlight = false;
  var dirty = false;
  var retryTimer = null;
  var failures = 0;
  var leavingByForm = false;
  var answered = form && form.dataset.answered === 'true'; // whether the server holds an answer to clear

  function show(text, state) {
    status.textContent = text;
    status.dataset.state = state;
  }

  function save() {
    var answer = answerOf(form);
    if (answer === NOT_A_NUMBER) {
      show('Not saved: that is not a number. Enter a number, like 3 or 2.5.', 'refused');
      return;
    }
    if (!answer && !answered) { show('', ''); return; } // nothing given, nothing saved: nothing to do
    dirty = true;
    if (!inFlight && !retryTimer) { send(); }
  }

  // Sends what the form holds: the answer (PUT), or none (DELETE: not answered again).
  function send() {
    var answer = answerOf(form);
    dirty = false;
    if (answer === NOT_A_NUMBER || (!answer && !answered)) { return; }
    inFlight = true;
    sequence += 1;
    show('Saving…', 'saving');
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timeout = setTimeout(function () { if (controller) { controller.abort(); } }, 15000);
    fetch('/api/attempts/' + form.dataset.attempt + '/answers/' + encodeURIComponent(form.dataset.question), {
      method: answer ? 'PUT' : 'DELETE',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'X-CSRF-Token': form.querySelector('input[name="csrf-token"]').value,
        'Cofactor-Save-Page': page,
        'Cofactor-Save-Sequence': String(sequence)
      },
      credentials: 'same-origin',
      signal: controller ? controller.signal : undefined,
      body: answer ? JSON.stringify(answer) : undefined
    }).then(function (response) {
      clearTimeout(timeout);
      inFlight = false;
      if (response.ok) {
        failures = 0;
        answered = !!answer;
        if (dirty) { send(); } else { show(answer ? 'Answer saved.' : 'Answer cleared: not answered.', 'saved'); markAnswered(answered); }
      } else if (response.status >= 500) {
        retry(Number(response.headers.get('Retry-After')));
      } else {
        return response.json().then(function (problem) {
          show('Not saved: ' + (problem.detail || 'the answer was refused.'), 'refused');
        }, function () {
          show('Not saved: the answer was refused (' + response.status + ').', 'refused');
        }).then(function () { if (dirty) { send(); } });
      }
    }).catch(function () {
      clearTimeout(timeout);
      inFlight = false;
      retry(0);
    });
  }

  /** The question's square in the navigation says "answered" once its answer is saved, "not answered" once cleared. */
  function markAnswered(isAnswered) {
    var square = document.querySelector('.question-nav [aria-current="step"]');
    if (square) {
      square.classList.toggle('answered', isAnswered);
      square.querySelector('.visually-hidden').textContent = (isAnswered ? ', answered' : ', not answered')
        + (square.classList.contains('flagged') ? ', flagged' : '');
    }
  }

  /** The answer is still to be saved: try again after Retry-After, else 1, 2, 4… up to 30 seconds. */
  function retry(retryAfterSeconds) {
    dirty = true;
    failures += 1;
    var seconds = retryAfterSeconds > 0 ? retryAfterSeconds : Math.min(30, Math.pow(2, failures - 1));
    show('Not saved yet: the connection to Cofactor is lost. Trying again in ' + seconds
      + (seconds === 1 ? ' second' : ' seconds') + '; keep this page open.', 'retrying');
    retryTimer = setTimeout(function () {
      retryTimer = null;
      send();
    }, seconds * 1000);
  }

  if (form && status) {
    var timer;
    form.addEventListener('change', save);
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button[name="move"]');
      if (button) {
        event.preventDefault();
        move(button);
      }
    });
    form.addEventListener('input', function (event) {
      if (event.target.classList.contains('text-answer')) {
        clearTimeout(timer);
        timer = setTimeout(save, 600);
      }
    });
    // The form's own buttons post the answer with them, numbered after every save sent so far, so that
    // none still on its way replaces it; anything else that leaves the page would lose an unsaved answer.
    form.addEventListener('submit', function () {
      leavingByForm = true;
      sequence += 1;
      [['save-page', page], ['save-sequence', String(sequence)]].forEach(function (field) {
        var input = form.querySelector('input[name="' + field[0] + '"]') || document.createElement('input');
        input.type = 'hidden';
        input.name = field[0];
        input.value = field[1];
        form.appendChild(input);
      });
    });
    window.addEventListener('beforeunload', function (event) {
      if (!leavingByForm && (dirty || inFlight || retryTimer)) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  }

  // At 0:00 nothing more can be saved: the controls go dead and the page says what happened. The server
  // submits the attempt with the answers saved by then, at the next request or within a minute.
  function timeUp() {
    if (!form) { return; }
    document.querySelectorAll('#question-form input, #question-form select, #question-form textarea,'
      + ' #question-form button, button[form="question-form"]').forEach(function (control) {
      control.disabled = true;
    });
    var notice = document.createElement('p');
    notice.className = 'warning';
    notice.setAttribute('role', 'alert');
    notice.appendChild(document.createTextNode('Time is up: your attempt is submitted with the answers saved by now. '));
    var link = document.createElement('a');
    link.href = '/attempts/' + form.dataset.attempt + '/result';
    link.textContent = 'See your result';
    notice.appendChild(link);
    form.parentNode.insertBefore(notice, form);
    link.focus();
  }

  var deadlineElement = document.querySelector('[data-deadline]');
  var countdown = document.querySelector('[data-countdown]');
  var warning = document.querySelector('[data-time-warning]');
  if (deadlineElement && countdown && warning) {
    var deadline = Date.parse(deadlineElement.dataset.deadline);
    var warned = {};
    countdown.hidden = false;
    document.querySelectorAll('[data-left-at-load]').forEach(function (said) { said.hidden = true; }); // the countdown says it now
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      countdown.textContent = left > 0 ? minutes + ':' + (seconds < 10 ? '0' : '') + seconds + ' left' : 'Time is up';
      [[300, '5 minutes left.'], [60, '1 minute left.']].forEach(function (mark) {
        if (left <= mark[0] && !warned[mark[0]]) {
          warned[mark[0]] = true;
          if (left > 0) { warning.textContent = mark[1]; } // at 0:00, timeUp() says it
        }
      });
      if (left > 0) { setTimeout(tick, 1000); } else { timeUp(); }
    };
    tick();
  }
})();
