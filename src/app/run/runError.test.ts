import { describe, expect, it } from 'vitest';
import { runErrorFrom } from './runError.ts';

describe('runErrorFrom', () => {
  it("reads CLOVA's error body", () => {
    const e = runErrorFrom(
      400,
      JSON.stringify({ code: '0011', message: 'Request body invalid.', traceId: 't1' }),
    );
    expect([e.status, e.code, e.message, e.traceId]).toEqual([400, '0011', 'Request body invalid.', 't1']);
  });
  it('falls back to the status and a snippet of a non-JSON body', () => {
    const e = runErrorFrom(502, '<html>Bad gateway</html>');
    expect(e.code).toBe('HTTP 502');
    expect(e.message).toContain('Bad gateway');
  });
  it('says something for an empty body', () => {
    expect(runErrorFrom(500, '').message).toMatch(/no message/);
  });
});
