// Progressive enhancement only: the checklist works without this file. With it, ticks are remembered in this
// browser (localStorage, never sent anywhere) and the printable page gets a Print button.
(function () {
  'use strict';
  var form = document.querySelector('[data-app-checklist]');
  if (form) {
    var key = 'ikamet-guide:' + form.getAttribute('data-storage-key');
    var boxes = form.querySelectorAll('input[type="checkbox"]');
    var status = form.querySelector('[data-app-checklist-status]');
    var reset = form.querySelector('[data-app-checklist-reset]');
    var read = function () {
      try { return JSON.parse(window.localStorage.getItem(key)) || {}; } catch (e) { return {}; }
    };
    var save = function () {
      var ticks = {};
      boxes.forEach(function (box) { ticks[box.id] = box.checked; });
      try { window.localStorage.setItem(key, JSON.stringify(ticks)); } catch (e) { return; }
      if (status) { status.hidden = false; }
    };
    var stored = read();
    boxes.forEach(function (box) {
      box.checked = stored[box.id] === true;
      box.addEventListener('change', save);
    });
    if (reset) {
      reset.hidden = false;
      form.addEventListener('reset', function () {
        window.setTimeout(save, 0);
      });
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  }
  var print = document.querySelector('[data-app-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
}());
