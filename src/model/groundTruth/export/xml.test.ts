import { describe, expect, it } from 'vitest';
import { attrs, xmlAttr, xmlSafe, xmlText } from './xml.ts';
import { parseXml, xmllint } from './xmlTree.testutil.ts';

describe('xml escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(xmlText('<a & b>')).toBe('&lt;a &amp; b&gt;');
    expect(xmlAttr(`"q" 'a'\tb\nc\rd`)).toBe('&quot;q&quot; &apos;a&apos;&#9;b&#10;c&#13;d');
    expect(
      attrs([
        ['A', 1],
        ['B', undefined],
        ['C', '<'],
      ]),
    ).toBe(' A="1" C="&lt;"');
  });

  it('replaces what XML cannot carry with U+FFFD and keeps surrogate pairs', () => {
    expect(xmlSafe('a\u0000b\u001Fc\uFFFEd\uD800e\uDC00f😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf😀');
    expect(xmlSafe('\t\n\r')).toBe('\t\n\r');
  });

  it('round-trips hostile text through a parser and xmllint', () => {
    const nasty = `<x a="&amp;">]]></x>\t"'\r\n\u0007\uDFFF`;
    const doc = `<r${attrs([['v', nasty]])}>${xmlText(nasty)}</r>`;
    expect(xmllint(doc)).toBe('');
    const node = parseXml(doc);
    const expected = xmlSafe(nasty);
    expect(node.attrs.v).toBe(expected);
    expect(node.text).toBe(expected);
  });

  it('xmllint does reject what is broken (so the validity tests can fail)', () => {
    expect(xmllint('<r a="<"/>')).not.toBe('');
    expect(
      xmllint('<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Bogus/></alto>', 'alto'),
    ).not.toBe('');
  });
});
