// Warns before leaving a form whose typed values are not saved yet: the live scores make a page look saved when it
// is not. Saving (or 送审, which posts its own form) is leaving on purpose only once the form is saved.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-unsaved]');
  if (!form) {
    return;
  }
  var dirty = false;
  var mark = function () { dirty = true; };
  form.addEventListener('input', mark);
  form.addEventListener('change', mark);
  form.addEventListener('submit', function () { dirty = false; });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = form.getAttribute('data-unsaved') || '';
    }
  });
});
