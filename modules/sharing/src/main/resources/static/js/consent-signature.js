// The person's agreement signed on the tablet: drawn on the consent form's pad, sent as a PNG data URL when the
// evidence chosen is the tablet signature (a paper scan is uploaded as a file instead).
(function () {
  var canvas = document.getElementById('consent-signature-pad');
  if (!canvas) { return; }
  var ctx = canvas.getContext('2d');
  var drawing = false, drawn = false;
  ctx.lineWidth = 2.5; ctx.lineCap = 'round'; ctx.strokeStyle = '#000';
  function point(e) {
    var r = canvas.getBoundingClientRect();
    return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
  }
  canvas.addEventListener('pointerdown', function (e) {
    drawing = true; var p = point(e); ctx.beginPath(); ctx.moveTo(p.x, p.y); canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!drawing) { return; } var p = point(e); ctx.lineTo(p.x, p.y); ctx.stroke(); drawn = true;
  });
  canvas.addEventListener('pointerup', function () { drawing = false; });
  document.getElementById('consent-signature-clear').addEventListener('click', function () {
    ctx.clearRect(0, 0, canvas.width, canvas.height); drawn = false;
  });
  var form = canvas.closest('form');
  form.addEventListener('submit', function (e) {
    var kind = form.querySelector('select[name="evidenceKind"]').value;
    var file = form.querySelector('input[name="evidence"]');
    if (kind === 'TABLET_SIGNATURE' && (!file || file.files.length === 0)) {
      if (!drawn) { e.preventDefault(); canvas.classList.add('missing'); return; }
      document.getElementById('consent-signature-data').value = canvas.toDataURL('image/png');
    }
  });
})();
