import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { documentPlainText } from './exportText.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { image, response, rows } from '../responses.testutil.ts';
import { splitTruthPages } from '../review/score.ts';
import { pageText } from '../document/text.ts';

// Page 0: two lines of one paragraph, then a second paragraph (rows 30 px apart, then a gap).
const doc = buildDocument(
  response([
    image(0, [
      { text: 'Hello', x: 0, y: 0, lineBreak: false },
      { text: 'world', x: 90, y: 0, lineBreak: true },
      { text: 'again', x: 0, y: 26, lineBreak: true },
      { text: 'Bye', x: 0, y: 200, lineBreak: true },
    ]),
    image(1, rows([['Page', 'two']])),
  ]),
);

describe('documentPlainText', () => {
  it('keeps lines and paragraphs, pages split by form feeds that splitTruthPages reads back', () => {
    const text = documentPlainText(doc);
    expect(text).toBe('Hello world\nagain\n\nBye\fPage two\n');
    expect(splitTruthPages(text).map((t) => t.trim())).toEqual([pageText(doc, 0), pageText(doc, 1)]);
  });

  it('can separate pages by blank lines or headings', () => {
    expect(documentPlainText(doc, 'blank-line')).toBe('Hello world\nagain\n\nBye\n\n\nPage two\n');
    expect(documentPlainText(doc, 'heading')).toBe(
      '=== Page 1 ===\nHello world\nagain\n\nBye\n\n=== Page 2 ===\nPage two\n',
    );
  });

  it('is empty for a document without pages', () => {
    expect(documentPlainText(buildDocument(response([])))).toBe('');
  });

  it('holds every recognised word of a real receipt', () => {
    const real = buildDocument(loadFixture('receipt-kingmart.v2.json'));
    const text = documentPlainText(real);
    const tokens = text.split(/\s+/).filter(Boolean);
    expect(tokens.join(' ')).toBe(
      real.pages[0].paragraphIds
        .flatMap((p) => real.paragraphs[p].lineIds.flatMap((l) => real.lines[l].wordIds))
        .map((id) => real.words[id].text)
        .join(' ')
        .split(/\s+/)
        .join(' '),
    );
  });
});
