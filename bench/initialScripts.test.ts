import { describe, expect, it } from 'vitest';
import { htmlEntries, initialScripts, resolveSitePath, staticImports } from './initialScripts.ts';

const HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">
<link rel="stylesheet" crossorigin href="/assets/index-c3.css">
<script src="/legacy.js"></script>
</head><body></body></html>`;

describe('htmlEntries', () => {
  it('takes module scripts and modulepreload links, not styles or classic scripts', () => {
    expect(htmlEntries(HTML)).toEqual(['/assets/index-a1.js', '/assets/vendor-b2.js']);
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic imports', () => {
    const code =
      'import{n as e,r as t}from"./index-a1.js";import"./side-d4.js";export*from"./re-e5.js";' +
      'const l=()=>import(`./lazy-f6.js`);const m=()=>import("./lazy2.js");';
    expect(staticImports(code).sort()).toEqual(['./index-a1.js', './re-e5.js', './side-d4.js']);
  });

  it('ignores bare specifiers', () => {
    expect(staticImports('import x from "react";')).toEqual([]);
  });
});

describe('resolveSitePath', () => {
  it('resolves relative to the importing file', () => {
    expect(resolveSitePath('/assets/a.js', './b.js')).toBe('/assets/b.js');
    expect(resolveSitePath('/assets/x/a.js', '../b.js')).toBe('/assets/b.js');
    expect(resolveSitePath('/index.html', '/assets/a.js')).toBe('/assets/a.js');
  });
});

describe('initialScripts', () => {
  it('follows static imports transitively, once each, and stops at dynamic ones', () => {
    const files: Record<string, string> = {
      '/assets/index-a1.js': 'import{a}from"./vendor-b2.js";import("./pdf-g7.js");',
      '/assets/vendor-b2.js': 'import"./shared-h8.js";',
      '/assets/shared-h8.js': 'import{x}from"./vendor-b2.js";',
      '/assets/pdf-g7.js': 'import"./huge-i9.js";',
    };
    const got = initialScripts(HTML, (p) => {
      if (!(p in files)) throw new Error(`unexpected read of ${p}`);
      return files[p];
    });
    expect(got.sort()).toEqual(['/assets/index-a1.js', '/assets/shared-h8.js', '/assets/vendor-b2.js']);
  });
});
