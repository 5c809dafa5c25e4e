// Comparison form: no hover readout (the aligned plot mixes two files); it only marks each image
// with its decoded size once loaded, so automated checks can tell a broken image from a good one.
(function () {
  'use strict';
  var images = document.querySelectorAll('figure.plot img');
  function mark(img) { img.setAttribute('data-natural-width', String(img.naturalWidth)); }
  for (var i = 0; i < images.length; ++i) {
    var img = images[i];
    if (img.complete) { mark(img); } else { img.addEventListener('load', mark.bind(null, img)); }
    img.addEventListener('error', function (ev) { ev.target.setAttribute('data-natural-width', '0'); });
  }
}());
