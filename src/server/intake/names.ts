import { invalidBody } from '../errors.ts';

const MAX_NAME = 255;

/**
 * A file's name as the store keeps it: its relative path with '/' separators ("scans/a.png"),
 * which is only ever a label (nothing names a path on disk). Paths that climb out ("../x"), are
 * absolute or carry a drive letter are refused, as zip tools should refuse them.
 */
export function documentName(raw: string, where: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001f\u007f]/g, '').replace(/\\/g, '/');
  if (cleaned.startsWith('/') || /^[A-Za-z]:/.test(cleaned)) {
    throw invalidBody(
      `${where} '${cleaned.slice(0, 80)}' is an absolute path; only relative names are accepted.`,
    );
  }
  const segments = cleaned.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw invalidBody(`${where} '${cleaned.slice(0, 80)}' climbs out of its folder ('..'); refused.`);
  }
  const name = segments.join('/');
  if (name === '') throw invalidBody(`${where} has no file name.`);
  return name.length > MAX_NAME ? name.slice(name.length - MAX_NAME) : name;
}

/** "scans/a.png" → "scans/a": a response `a.json` pairs with the document beside it. */
export function stem(name: string): string {
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  return dot > slash ? name.slice(0, dot) : name;
}

export const extensionOf = (name: string) => {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

/** Files a zip or folder carries that are nobody's document (macOS resource forks, .DS_Store). */
export function isClutter(name: string): boolean {
  return name.split('/').some((s) => s.startsWith('.') || s === '__MACOSX') || name.endsWith('/Thumbs.db');
}
