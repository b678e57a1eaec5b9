import sharp from 'sharp';

export interface RuledTableOptions {
  rows: readonly (readonly string[])[];
  /** Default 150. */
  dpi?: number;
  /** Font size in points; default 12. */
  fontSize?: number;
  /** Default 'Noto Sans CJK KR'. */
  font?: string;
}

/**
 * A table with a ruled grid (every cell boxed), as a PNG carrying its dpi: what table detection
 * is built for. Drawn as SVG so lines and text come out crisp at any dpi.
 */
export async function renderRuledTable(opts: RuledTableOptions): Promise<Buffer> {
  const dpi = opts.dpi ?? 150;
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const fontPx = px(opts.fontSize ?? 12);
  const cols = Math.max(...opts.rows.map((r) => r.length));
  const cellW = fontPx * 7;
  const cellH = Math.round(fontPx * 2.4);
  const margin = px(48);
  const width = margin * 2 + cols * cellW;
  const height = margin * 2 + opts.rows.length * cellH;
  const stroke = Math.max(2, Math.round(dpi / 75));
  const lines: string[] = [];
  for (let r = 0; r <= opts.rows.length; r++) {
    const y = margin + r * cellH;
    lines.push(`<line x1="${margin}" y1="${y}" x2="${margin + cols * cellW}" y2="${y}"/>`);
  }
  for (let c = 0; c <= cols; c++) {
    const x = margin + c * cellW;
    lines.push(`<line x1="${x}" y1="${margin}" x2="${x}" y2="${margin + opts.rows.length * cellH}"/>`);
  }
  const texts = opts.rows.flatMap((row, r) =>
    row.map((cell, c) =>
      cell
        ? `<text x="${margin + c * cellW + fontPx * 0.6}" y="${margin + r * cellH + cellH * 0.66}">${escapeXml(cell)}</text>`
        : '',
    ),
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#fff"/>
<g stroke="#000" stroke-width="${stroke}">${lines.join('')}</g>
<g font-family="${opts.font ?? 'Noto Sans CJK KR'}" font-size="${fontPx}" fill="#000">${texts.join('')}</g>
</svg>`;
  return sharp(Buffer.from(svg))
    .flatten({ background: '#fff' })
    .removeAlpha()
    .withDensity(dpi)
    .png()
    .toBuffer();
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
