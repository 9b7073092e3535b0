// ketoplan workspace: a little progressive JavaScript over server-rendered HTML (no build step).
// A form with data-live="URL" data-target="ID" posts itself to URL on every change (debounced) and on a click of
// a button with name/value, and the server's HTML fragment replaces the target. Focus and caret are kept.
(function () {
  'use strict';
  function send(form, extra) {
    var url = form.getAttribute('data-live');
    var target = document.getElementById(form.getAttribute('data-target'));
    var data = new URLSearchParams(new FormData(form));
    if (extra) { data.append(extra.name, extra.value); }
    var active = document.activeElement;
    var activeId = active && active.id;
    var caret = null;
    try { caret = active && active.selectionStart; } catch (e) { caret = null; }
    var seq = (form._seq = (form._seq || 0) + 1);
    form.setAttribute('aria-busy', 'true');
    return fetch(url, { method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch' } })
      .then(function (r) { return r.text().then(function (t) { return { ok: r.ok, text: t }; }); })
      .then(function (res) {
        if (seq !== form._seq) { return; } // a later change is on its way
        form.removeAttribute('aria-busy');
        if (res.ok) {
          target.innerHTML = res.text;
        } else {
          var status = document.getElementById(form.getAttribute('data-status') || 'live-status');
          if (status) { status.textContent = res.text; }
        }
        // Focus moves back only when the focused element was replaced (it was inside the target); a person
        // who has moved on to another field keeps typing there.
        if (activeId && active && !document.body.contains(active)) {
          var again = document.getElementById(activeId);
          if (again) {
            again.focus();
            try { if (caret !== null) { again.setSelectionRange(caret, caret); } } catch (e) { /* not text */ }
          }
        }
      });
  }
  var timers = new WeakMap();
  document.addEventListener('input', function (e) {
    var form = e.target.form;
    if (!form || !form.hasAttribute('data-live') || e.target.hasAttribute('data-nolive')
        || e.target.tagName === 'SELECT') { return; }
    clearTimeout(timers.get(form));
    timers.set(form, setTimeout(function () { send(form); }, 150));
  });
  document.addEventListener('change', function (e) {
    var form = e.target.form;
    if (form && form.hasAttribute('data-live') && (e.target.type === 'checkbox' || e.target.tagName === 'SELECT')
        && !e.target.hasAttribute('data-nolive')) {
      send(form);
    }
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-op]');
    if (!b || !b.form || !b.form.hasAttribute('data-live')) { return; }
    e.preventDefault();
    send(b.form, { name: 'op', value: b.getAttribute('data-op') });
  });
  // Food search as you type: GET the list of matches into its box.
  document.addEventListener('input', function (e) {
    var box = e.target;
    if (!box.hasAttribute('data-search')) { return; }
    clearTimeout(timers.get(box));
    timers.set(box, setTimeout(function () {
      var out = document.getElementById(box.getAttribute('data-results'));
      fetch(box.getAttribute('data-search') + '?q=' + encodeURIComponent(box.value),
        { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } })
        .then(function (r) { return r.text(); })
        .then(function (t) { out.innerHTML = t; });
    }, 150));
  });
  // A form with data-confirm asks before it is sent (e.g. replacing a plan).
  document.addEventListener('submit', function (e) {
    var f = e.target;
    if (f.hasAttribute('data-confirm') && !window.confirm(f.getAttribute('data-confirm'))) { e.preventDefault(); }
  });
})();
