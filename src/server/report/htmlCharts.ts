/**
 * The exported report's chart code, run in the browser on open (Observable Plot, global `Plot`).
 * Plain ES2017 so any browser that opens the file runs it; every chart fixes its width so the
 * printed page matches the screen. Option sets are named by their readable labels (`labels`,
 * beside the report in the embedded data); margins leave room for the longest label and for the
 * value printed past the end of a bar, so nothing is clipped.
 */
export const CHART_SCRIPT = `
(function () {
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var sets = report.sets;
  var name = function (key) { return (report.labels && report.labels[key]) || key; };
  var names = sets.map(function (s) { return name(s.key); });
  var longest = names.reduce(function (n, s) { return Math.max(n, s.length); }, 0);
  var colors = { domain: names, range: ['#4c7fe0', '#e39b1b', '#2f9e5a', '#c451c9', '#d9485f', '#1aa3b8', '#7d7d7d', '#6f9a16'] };
  function put(id, node) { var el = document.getElementById(id); if (el && node) el.appendChild(node); }
  var pct = function (d) { return (d * 100).toFixed(1) + '%'; };
  var pctTick = function (d) { return Math.round(d * 100) + '%'; };
  var scored = sets.filter(function (s) { return s.cer !== null; });
  if (scored.length > 0) {
    put('chart-cer', Plot.plot({
      width: 900, height: 70 + 40 * scored.length, marginLeft: Math.min(360, 20 + 6.5 * longest), marginRight: 70,
      x: { label: 'Character error rate (lower is better) →', tickFormat: pct, grid: true, nice: true },
      y: { label: null, domain: scored.slice().sort(function (a, b) { return a.cer - b.cer; }).map(function (s) { return name(s.key); }) },
      color: colors,
      marks: [
        Plot.barX(scored, { x: 'cer', y: function (s) { return name(s.key); }, fill: function (s) { return name(s.key); }, fillOpacity: 0.8 }),
        Plot.ruleY(scored, { x1: function (s) { return s.cerCi95 ? s.cerCi95[0] : s.cer; }, x2: function (s) { return s.cerCi95 ? s.cerCi95[1] : s.cer; }, y: function (s) { return name(s.key); }, stroke: '#1d2430', strokeWidth: 2 }),
        Plot.text(scored, { x: function (s) { return s.cerCi95 ? s.cerCi95[1] : s.cer; }, y: function (s) { return name(s.key); }, text: function (s) { return (s.cer * 100).toFixed(2) + '%'; }, dx: 6, textAnchor: 'start', fill: '#1d2430', fontWeight: 'bold' }),
        Plot.ruleX([0])
      ]
    }));
  }
  var bins = [];
  sets.forEach(function (s) { s.calibration.bins.forEach(function (b) { if (b.count > 0) bins.push({ set: name(s.key), conf: b.meanConfidence, acc: b.accuracy, n: b.count }); }); });
  if (bins.length > 0) {
    put('chart-reliability', Plot.plot({
      width: 440, height: 380, marginLeft: 50, grid: true, color: Object.assign({ legend: true }, colors), r: { range: [2.5, 9] },
      x: { domain: [0, 1], label: 'Confidence (mean of the group) →', tickFormat: pctTick },
      y: { domain: [0, 1], label: '↑ Share of the words right', tickFormat: pctTick },
      marks: [
        Plot.line([[0, 0], [1, 1]], { stroke: '#999', strokeDasharray: '4 4' }),
        Plot.line(bins, { x: 'conf', y: 'acc', stroke: 'set' }),
        Plot.dot(bins, { x: 'conf', y: 'acc', fill: 'set', r: 'n', fillOpacity: 0.85 })
      ]
    }));
  }
  var sweep = [];
  sets.forEach(function (s) { if (s.calibration.words > 0) s.sweep.forEach(function (p) { sweep.push({ set: name(s.key), review: p.reviewShare, caught: p.errorCatch }); }); });
  if (sweep.length > 0) {
    var proposals = sets.filter(function (s) { return s.proposedThreshold; }).map(function (s) { return { set: name(s.key), x: s.proposedThreshold.reviewShare, y: s.proposedThreshold.errorCatch }; });
    put('chart-sweep', Plot.plot({
      width: 440, height: 380, marginLeft: 50, grid: true, color: Object.assign({ legend: true }, colors),
      x: { domain: [0, 1], label: 'Share of all words reviewed →', tickFormat: pctTick },
      y: { domain: [0, 1], label: '↑ Share of wrong words caught', tickFormat: pctTick },
      marks: [
        Plot.line(sweep, { x: 'review', y: 'caught', stroke: 'set', curve: 'step-after' }),
        Plot.dot(proposals, { x: 'x', y: 'y', stroke: 'set', r: 6, strokeWidth: 2 })
      ]
    }));
  }
  var hist = [];
  sets.forEach(function (s) { s.noGroundTruth.histogram.forEach(function (n, i) { hist.push({ set: name(s.key), bin: (i / 10).toFixed(1) + '–' + ((i + 1) / 10).toFixed(1), share: s.noGroundTruth.words ? n / s.noGroundTruth.words : 0 }); }); });
  if (hist.length > 0) {
    put('chart-confidence', Plot.plot({
      width: 900, height: 280, marginLeft: 50, color: Object.assign({ legend: true }, colors),
      fx: { label: 'Word confidence →', labelAnchor: 'right' }, x: { axis: null, domain: names },
      y: { label: '↑ Share of the words', tickFormat: pctTick, grid: true, nice: true },
      marks: [Plot.barY(hist, { fx: 'bin', x: 'set', y: 'share', fill: 'set' }), Plot.ruleY([0])]
    }));
  }
})();
`;
