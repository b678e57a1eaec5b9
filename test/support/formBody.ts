/** One part of a test multipart body. */
export type FormPart =
  { name: string; value: string } | { name: string; file: Buffer; fileName?: string; type?: string };

/**
 * Serialises parts, in the given order, with Node's own FormData encoder (undici), so test bodies
 * do not share assumptions with the relay's multipart code.
 */
export async function formBody(parts: FormPart[]): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const p of parts) {
    if ('value' in p) form.append(p.name, p.value);
    else
      form.append(
        p.name,
        new Blob([new Uint8Array(p.file)], { type: p.type ?? 'application/octet-stream' }),
        p.fileName ?? 'upload.bin',
      );
  }
  const req = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  return { body: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get('content-type') ?? '' };
}

export const messageJson = (over: Record<string, unknown> = {}, image: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'V2',
    requestId: 'req-1',
    timestamp: 0,
    images: [{ format: 'png', name: 'sample', ...image }],
    ...over,
  });
