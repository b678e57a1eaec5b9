/**
 * XML 1.0 text that any parser reads back as written. Characters XML cannot carry at all (C0
 * controls but tab, LF and CR; U+FFFE/U+FFFF; lone surrogates, which no UTF-8 encoder can write)
 * become U+FFFD, so hostile text can neither break the document nor vanish unnoticed.
 */
const NOT_XML =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (s: string): string => s.replace(NOT_XML, '\uFFFD');

// Most values (numbers, ids, plain words) need no escaping at all: skip the replaces for them.
// eslint-disable-next-line no-control-regex
const PLAIN = /^[^&<>"'\x00-\x1F\uD800-\uDFFF\uFFFE\uFFFF]*$/;

/** Element content. CR is escaped, or parsers would turn it into LF. */
export const xmlText = (s: string): string =>
  PLAIN.test(s)
    ? s
    : xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** An attribute value in double quotes; tab and line breaks escaped, or attribute normalisation eats them. */
export const xmlAttr = (s: string): string =>
  PLAIN.test(s)
    ? s
    : xmlText(s)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;');

/** `name="value"` pairs for the defined values, in the order given. */
export const attrs = (pairs: [string, string | number | undefined][]): string =>
  pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
