import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { contentDisposition, safeFileName, sendAttachment } from './download.ts';

/** filename* decoded the way browsers do (RFC 5987). */
const starName = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]*)$/.exec(header)?.[1] ?? '');
const fallback = (header: string) => /filename="([^"]*)"/.exec(header)?.[1];

describe('contentDisposition', () => {
  it.each([
    ['scan.pdf', 'scan.pdf', 'scan.pdf'],
    ['영수증 2024.pdf', '영수증 2024.pdf', '___ 2024.pdf'],
    ['a"b;c%d.png', 'a"b;c%d.png', 'a_b_c_d.png'],
    ["it's (1) *.tif", "it's (1) *.tif", "it's (1) *.tif"],
    ['../../etc/passwd', 'passwd', 'passwd'],
    ['C:\\Users\\me\\x.json', 'x.json', 'x.json'],
    ['evil\r\nSet-Cookie: a=b.pdf', 'evilSet-Cookie: a=b.pdf', 'evilSet-Cookie: a=b.pdf'],
    ['', 'download', 'download'],
    ['..', 'download', 'download'],
  ])('%j offers %j (fallback %j)', (name, real, ascii) => {
    const header = contentDisposition(name);
    expect(header).toMatch(
      /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]*$/,
    );
    expect(starName(header)).toBe(real);
    expect(fallback(header)).toBe(ascii);
  });

  it('keeps names short', () => expect([...safeFileName('가'.repeat(500))]).toHaveLength(200));
});

describe('sendAttachment', () => {
  const app = Fastify();
  app.get<{ Querystring: { type: string; name: string } }>('/f', async (request, reply) =>
    sendAttachment(reply, {
      bytes: Buffer.from('%PDF-1.7'),
      name: request.query.name,
      contentType: request.query.type,
    }),
  );

  it('sends the bytes as a download of their true type', async () => {
    const res = await app.inject({ url: '/f', query: { type: 'application/pdf', name: '보고서.pdf' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(contentDisposition('보고서.pdf'));
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.body).toBe('%PDF-1.7');
  });

  it.each(['text/html; charset=utf-8\r\nX: y', '', 'html', 'text/html<script>'])(
    'never passes a malformed type %j through',
    async (type) => {
      const res = await app.inject({ url: '/f', query: { type, name: 'x' } });
      expect(res.headers['content-type']).toBe('application/octet-stream');
    },
  );
});
