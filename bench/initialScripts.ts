/**
 * Which JavaScript files a built page loads before any user action: the module scripts and
 * modulepreload links of index.html, and every chunk those import statically (dynamic import()
 * chunks are loaded later, on demand, and are not counted).
 */

/** Module script sources and modulepreload hrefs of an HTML page, in document order. */
export function htmlEntries(html: string): string[] {
  const out: string[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const attrs = m[2];
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attrs)?.[1];
    if (m[1].toLowerCase() === 'script' && attr('type') === 'module' && attr('src')) out.push(attr('src')!);
    if (m[1].toLowerCase() === 'link' && attr('rel') === 'modulepreload' && attr('href'))
      out.push(attr('href')!);
  }
  return out;
}

/**
 * Specifiers of a chunk's static imports and re-exports (`import x from "./a.js"`, `import "./a.js"`,
 * `export * from "./a.js"`), not of `import("./a.js")`. Only relative specifiers: built chunks
 * import each other by relative path.
 */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const statement =
    /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (let m = statement.exec(code); m; m = statement.exec(code)) out.add(m[1]);
  return [...out];
}

/** Resolves `spec` (relative to the file at `from`, both site paths like /assets/a.js) to a site path. */
export function resolveSitePath(from: string, spec: string): string {
  if (spec.startsWith('/')) return spec;
  return new URL(spec, `http://site${from}`).pathname;
}

/** Every site path loaded initially, from the HTML and the static import graph. */
export function initialScripts(html: string, read: (sitePath: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of staticImports(read(path))) visit(resolveSitePath(path, spec));
  };
  for (const entry of htmlEntries(html)) visit(resolveSitePath('/index.html', entry));
  return [...seen];
}
