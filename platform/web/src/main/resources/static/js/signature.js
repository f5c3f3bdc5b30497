// A signature drawn with a finger or pen on a canvas.signature-pad (the tablet), sent as a PNG data URL in its form's
// hidden input named by the canvas's data-field (default: signature); a button.signature-clear in the form clears it.
// The drawing is required on submit, unless the canvas says when it is: data-required-when="name=value" (only while the
// form's field has that value) and data-unless-file="name" (not when a file was chosen in that input instead).
(function () {
  document.querySelectorAll('canvas.signature-pad').forEach(function (canvas) {
    var form = canvas.closest('form');
    var field = form.querySelector('input[name="' + (canvas.dataset.field || 'signature') + '"]');
    var ctx = canvas.getContext('2d');
    var drawing = false, drawn = false;
    ctx.lineWidth = 2.5; ctx.lineCap = 'round'; ctx.strokeStyle = '#000';
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    function required() {
      var when = canvas.dataset.requiredWhen;
      if (when) {
        var parts = when.split('=');
        var control = form.querySelector('[name="' + parts[0] + '"]');
        if (!control || control.value !== parts[1]) { return false; }
      }
      var file = canvas.dataset.unlessFile && form.querySelector('input[name="' + canvas.dataset.unlessFile + '"]');
      return !(file && file.files.length > 0);
    }
    canvas.addEventListener('pointerdown', function (e) {
      drawing = true; var p = point(e); ctx.beginPath(); ctx.moveTo(p.x, p.y); canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!drawing) { return; } var p = point(e); ctx.lineTo(p.x, p.y); ctx.stroke(); drawn = true;
    });
    canvas.addEventListener('pointerup', function () { drawing = false; });
    var clear = form.querySelector('button.signature-clear');
    if (clear) {
      clear.addEventListener('click', function () { ctx.clearRect(0, 0, canvas.width, canvas.height); drawn = false; });
    }
    form.addEventListener('submit', function (e) {
      if (!required()) { return; }
      if (!drawn) { e.preventDefault(); canvas.classList.add('missing'); return; }
      field.value = canvas.toDataURL('image/png');
    });
  });
})();
