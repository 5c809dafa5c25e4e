// Hover readout: maps the mouse over the embedded plot to a bucket of the envelope JSON and shows
// its values. Marks the document once the image is decoded, so automated checks can see it.
(function () {
  'use strict';
  var img = document.getElementById('timeline-img');
  var box = document.getElementById('readout');
  var data = null;
  try { data = JSON.parse(document.getElementById('envelope').textContent); } catch (e) { data = null; }

  function markLoaded() {
    document.body.setAttribute('data-image-width', String(img.naturalWidth));
    document.body.setAttribute('data-image-height', String(img.naturalHeight));
  }
  if (img.complete) { markLoaded(); } else { img.addEventListener('load', markLoaded); }
  img.addEventListener('error', function () { document.body.setAttribute('data-image-width', '0'); });

  var units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  function bytes(v) {
    var u = 0;
    while (v >= 1024 && u < units.length - 1) { v /= 1024; ++u; }
    return (u === 0 ? String(v) : v.toFixed(2)) + ' ' + units[u];
  }
  function text(s) { return String(s).replace(/[&<>"]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  function bucketAt(index) {
    var lo = 0, hi = data.i.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (data.i[mid] <= index) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }
  if (!data || !data.i || data.i.length === 0) { return; }
  img.addEventListener('mousemove', function (ev) {
    var rect = img.getBoundingClientRect();
    var f = (ev.clientX - rect.left) / rect.width;
    var g = data.geom;
    if (f < g.l || f > g.r) { box.hidden = true; return; }
    var x = g.x0 + (f - g.l) / (g.r - g.l) * (g.x1 - g.x0);
    var b = bucketAt(Math.floor(x));
    var rows = '<tr><td colspan="2"><strong>' + text(data.labels.event.replace('%1', data.i[b])) + '</strong></td></tr>';
    rows += '<tr><td>' + text(data.labels.allocated) + '</td><td>' + bytes(data.a[b]) + '</td></tr>';
    rows += '<tr><td>' + text(data.labels.reserved) + '</td><td>' + bytes(data.r[b]) + '</td></tr>';
    for (var k = 0; k < data.c.length; ++k) {
      var c = data.c[k];
      if (c.v[b] > 0) {
        rows += '<tr><td><span class="swatch cat-' + text(c.id) + '"></span>' + text(c.label) + '</td><td>' + bytes(c.v[b]) + '</td></tr>';
      }
    }
    box.innerHTML = '<table>' + rows + '</table>';
    box.hidden = false;
    var left = ev.clientX - rect.left + 16;
    if (left + box.offsetWidth > rect.width) { left = ev.clientX - rect.left - box.offsetWidth - 16; }
    box.style.left = Math.max(0, left) + 'px';
    box.style.top = Math.max(0, ev.clientY - rect.top + 12) + 'px';
  });
  img.addEventListener('mouseleave', function () { box.hidden = true; });
}());
