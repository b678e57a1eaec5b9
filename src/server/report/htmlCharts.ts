/**
 * The exported report's chart code, run in the browser on open (Observable Plot, global `Plot`).
 * Plain ES2017 so any browser that opens the file runs it; every chart fixes its width so the
 * printed page matches the screen.
 */
export const CHART_SCRIPT = `
(function () {
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var sets = report.sets;
  function put(id, node) { var el = document.getElementById(id); if (el && node) el.appendChild(node); }
  var pct = function (d) { return (d * 100).toFixed(1) + '%'; };
  var scored = sets.filter(function (s) { return s.cer !== null; });
  if (scored.length > 0) {
    put('chart-cer', Plot.plot({
      width: 900, height: 60 + 36 * scored.length, marginLeft: 220,
      x: { label: 'Character error rate (lower is better) →', tickFormat: pct, grid: true },
      y: { label: null },
      marks: [
        Plot.barX(scored, { x: 'cer', y: 'key', fill: '#5b8def', sort: { y: 'x' } }),
        Plot.ruleY(scored, { x1: function (s) { return s.cerCi95[0]; }, x2: function (s) { return s.cerCi95[1]; }, y: 'key', stroke: '#1d2430', strokeWidth: 2 }),
        Plot.text(scored, { x: function (s) { return s.cerCi95 ? s.cerCi95[1] : s.cer; }, y: 'key', text: function (s) { return pct(s.cer); }, dx: 6, textAnchor: 'start', fill: '#1d2430' }),
        Plot.ruleX([0])
      ]
    }));
  }
  var bins = [];
  sets.forEach(function (s) { s.calibration.bins.forEach(function (b) { if (b.count > 0) bins.push({ set: s.key, conf: b.meanConfidence, acc: b.accuracy, n: b.count }); }); });
  if (bins.length > 0) {
    put('chart-reliability', Plot.plot({
      width: 440, height: 360, grid: true, color: { legend: true },
      x: { domain: [0, 1], label: 'Confidence (mean of the group) →' },
      y: { domain: [0, 1], label: '↑ Share of words right' },
      marks: [
        Plot.line([[0, 0], [1, 1]], { stroke: '#999', strokeDasharray: '4 4' }),
        Plot.line(bins, { x: 'conf', y: 'acc', stroke: 'set' }),
        Plot.dot(bins, { x: 'conf', y: 'acc', stroke: 'set', r: function (d) { return Math.sqrt(d.n) / 2 + 2; } })
      ]
    }));
  }
  var sweep = [];
  sets.forEach(function (s) { if (s.calibration.words > 0) s.sweep.forEach(function (p) { sweep.push({ set: s.key, review: p.reviewShare, caught: p.errorCatch, t: p.threshold }); }); });
  if (sweep.length > 0) {
    var marks = [Plot.line(sweep, { x: 'review', y: 'caught', stroke: 'set', curve: 'step-after' })];
    var proposals = sets.filter(function (s) { return s.proposedThreshold; }).map(function (s, i) { return { set: s.key, x: s.proposedThreshold.reviewShare, y: s.proposedThreshold.errorCatch, t: s.proposedThreshold.threshold, i: i }; });
    marks.push(Plot.dot(proposals, { x: 'x', y: 'y', stroke: 'set', r: 5, strokeWidth: 2 }));
    // One label per set, stacked below the points so two close proposals stay readable.
    proposals.forEach(function (d) {
      marks.push(Plot.text([d], { x: 'x', y: 'y', text: function (p) { return p.set + ': review below ' + p.t.toFixed(2); }, dx: 10, dy: 16 + 15 * d.i, textAnchor: 'start', fill: 'currentColor' }));
    });
    put('chart-sweep', Plot.plot({
      width: 440, height: 360, grid: true, color: { legend: true },
      x: { domain: [0, 1], label: 'Share of words reviewed →', tickFormat: pct },
      y: { domain: [0, 1], label: '↑ Share of wrong words caught', tickFormat: pct },
      marks: marks
    }));
  }
  var hist = [];
  sets.forEach(function (s) { s.noGroundTruth.histogram.forEach(function (n, i) { hist.push({ set: s.key, bin: (i / 10).toFixed(1) + '–' + ((i + 1) / 10).toFixed(1), share: s.noGroundTruth.words ? n / s.noGroundTruth.words : 0 }); }); });
  if (hist.length > 0) {
    put('chart-confidence', Plot.plot({
      width: 900, height: 260, color: { legend: true }, fx: { label: 'Confidence' },
      x: { axis: null }, y: { label: '↑ Share of words', tickFormat: pct, grid: true },
      marks: [Plot.barY(hist, { fx: 'bin', x: 'set', y: 'share', fill: 'set' }), Plot.ruleY([0])]
    }));
  }
})();
`;
