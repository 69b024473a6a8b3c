// 批量审核: the box in the list's header ticks every row of the page; "all matching the filter" stands for every row,
// so the rows' own boxes are then set aside. Without script the rows are ticked one by one, or all matching.
document.addEventListener('DOMContentLoaded', function () {
  var page = document.getElementById('batch-page');
  var all = document.getElementById('batch-all');
  var rows = function () { return document.querySelectorAll('input.batch-row'); };
  if (page) {
    page.addEventListener('change', function () {
      rows().forEach(function (box) { box.checked = page.checked; });
    });
  }
  if (all) {
    all.addEventListener('change', function () {
      rows().forEach(function (box) { box.disabled = all.checked; });
      if (page) { page.disabled = all.checked; }
    });
  }
});
