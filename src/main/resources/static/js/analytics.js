// Draws the trend chart of the analytics dashboard from the canvas's data-* attributes
// (no inline script: the CSP allows scripts from this origin only).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('analytics-trend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(text) {
    return (text || '').split(',').map(function (v) { return v === '' ? null : Number(v); });
  }
  var targets = numbers(canvas.dataset.targets);
  var datasets = [{ label: canvas.dataset.series, data: numbers(canvas.dataset.values), borderColor: '#c8102e', backgroundColor: 'rgba(200,16,46,0.15)', tension: 0.2, spanGaps: true }];
  if (targets.some(function (t) { return t !== null; })) {
    datasets.push({ label: canvas.dataset.targetLabel, data: targets, borderColor: '#6c757d', borderDash: [6, 4], pointRadius: 0 });
  }
  new Chart(canvas, {
    type: 'line',
    data: { labels: canvas.dataset.labels.split(','), datasets: datasets },
    options: {
      responsive: true,
      scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return Number(v).toLocaleString('vi-VN'); } } } },
      plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + Number(c.parsed.y).toLocaleString('vi-VN'); } } } }
    }
  });
});
