import { execFileSync } from 'node:child_process';
import { ALTO_XSD, CATALOG, PAGE_XSD } from '../../../../test/fixtures/xsd/schemas.ts';

/** Test-only: a small strict reader for the XML the exports write, and xmllint. */

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text content, entities decoded. */
  text: string;
}

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] as string;
  });

/** Parses elements, attributes and text; skips the declaration and DOCTYPE. Throws on bad nesting. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tag =
    /<\?[^>]*\?>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+="[^"]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = tag.exec(xml))) {
    end = tag.lastIndex;
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) top.text += decode(m[5]);
    else if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const node: XmlNode = { name: m[2], attrs: {}, children: [], text: '' };
      for (const a of m[3].matchAll(/([^\s=]+)="([^"]*)"/g)) node.attrs[a[1]] = decode(a[2]);
      top.children.push(node);
      if (m[4] !== '/') stack.push(node);
    }
  }
  if (end !== xml.length || stack.length !== 1) throw new Error('unbalanced or unreadable XML');
  return root.children[0];
}

/** Every element below `node` (depth first) with this name, or for which `pick` holds. */
export function findAll(node: XmlNode, pick: string | ((n: XmlNode) => boolean)): XmlNode[] {
  const test = typeof pick === 'string' ? (n: XmlNode) => n.name === pick : pick;
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    if (test(n)) out.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return out;
}

/** xmllint's verdict on a document: '' when it is well formed (and valid against `schema`, if given). */
export function xmllint(xml: string, schema?: 'alto' | 'page'): string {
  const xsd = schema === 'alto' ? ALTO_XSD : PAGE_XSD;
  const args = ['--nonet', '--noout', ...(schema ? ['--schema', xsd] : []), '-'];
  try {
    execFileSync('xmllint', args, {
      input: xml,
      env: { ...process.env, XML_CATALOG_FILES: CATALOG },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}
