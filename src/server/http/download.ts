import type { FastifyReply } from 'fastify';

export interface Attachment {
  bytes: Buffer | Uint8Array;
  /** The file's name as the user gave it: any characters; path parts are dropped. */
  name: string;
  /** The stored file's true type, e.g. application/pdf; anything malformed becomes octet-stream. */
  contentType: string;
}

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/i;
// RFC 5987 attr-char: what may stand unescaped in filename*.
const encode5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The name to offer: last path part, no control characters, at most 200 characters. */
export function safeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  const short = [...clean].slice(0, 200).join('');
  return short === '' || short === '.' || short === '..' ? 'download' : short;
}

/**
 * `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266): every
 * browser gets the real name, old ones an ASCII stand-in, and no name can break out of the header
 * (quotes, backslashes, semicolons, newlines, percent signs are never raw in the fallback).
 */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encode5987(safe)}`;
}

/**
 * Sends a stored file as a download, never as a page: Content-Disposition attachment, its true
 * type (nosniff is on every answer), and a policy that gives it no powers if opened anyway.
 */
export function sendAttachment(reply: FastifyReply, file: Attachment): FastifyReply {
  const type = MEDIA_TYPE.test(file.contentType)
    ? file.contentType.toLowerCase()
    : 'application/octet-stream';
  return reply
    .type(type)
    .header('content-disposition', contentDisposition(file.name))
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-cache')
    .send(Buffer.isBuffer(file.bytes) ? file.bytes : Buffer.from(file.bytes));
}
