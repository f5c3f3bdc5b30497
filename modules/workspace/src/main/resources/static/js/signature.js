// The person's signature on the tablet: drawn with a finger or pen on the canvas, sent as a PNG data URL.
(function () {
  var canvas = document.getElementById('signature-pad');
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
  document.getElementById('signature-clear').addEventListener('click', function () {
    ctx.clearRect(0, 0, canvas.width, canvas.height); drawn = false;
  });
  canvas.closest('form').addEventListener('submit', function (e) {
    if (!drawn) { e.preventDefault(); canvas.classList.add('missing'); return; }
    document.getElementById('signature-data').value = canvas.toDataURL('image/png');
  });
})();
