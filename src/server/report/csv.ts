import { csvField } from '../../model/files/exportCsv.ts';
import type { Report } from '../../model/report/types.ts';

/**
 * The report as CSV for spreadsheets (issue 16 §8): one row per document, per option set its CER,
 * WER and the counts behind them (empty where there is no score), then a row of the totals.
 * A UTF-8 byte order mark so Excel reads Korean names; a cell that would start a formula is
 * prefixed with an apostrophe (CSV injection).
 */
export function reportCsv(report: Report): string {
  const safe = (s: string) => csvField(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  const num = (v: number | null) => (v === null ? '' : String(Math.round(v * 1e6) / 1e6));
  const head = ['document_id', 'document', 'language'];
  for (const s of report.sets)
    head.push(
      `${s.key} CER`,
      `${s.key} WER`,
      `${s.key} char errors`,
      `${s.key} chars`,
      `${s.key} word errors`,
      `${s.key} words`,
    );
  const lines = [head.map(safe).join(',')];
  const first = report.sets[0];
  const byId = report.sets.map((s) => new Map(s.documents.map((d) => [d.id, d])));
  // Rows in the first set's order (worst first), which is every set's document list.
  for (const d of first?.documents ?? []) {
    const row = [safe(d.id), safe(d.name), safe(d.lang ?? '')];
    for (const m of byId) {
      const x = m.get(d.id)!;
      const scored = x.cer !== null;
      row.push(num(x.cer), num(x.wer));
      row.push(...(scored ? [x.charErrors, x.chars, x.wordErrors, x.words].map(String) : ['', '', '', '']));
    }
    lines.push(row.join(','));
  }
  const total = ['', 'All scored documents', ''];
  for (const s of report.sets)
    total.push(num(s.cer), num(s.wer), ...[s.charErrors, s.chars, s.wordErrors, s.words].map(String));
  lines.push(total.map((c) => csvField(c)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
