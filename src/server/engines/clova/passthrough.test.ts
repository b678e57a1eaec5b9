import { describe, expect, it } from 'vitest';
import { RelayError } from '../../errors.ts';
import { fixtureBytes } from '../../../../test/support/stubClova.ts';
import { isRateLimited, passThrough } from './passthrough.ts';

const answer = (body: Buffer | string, status = 200, type = 'application/json;charset=UTF-8') => ({
  status,
  headers: { 'content-type': type },
  body: Buffer.from(body),
});

/** The schema check runs after the answer is handed back: warnings are counted once it did. */
const checked = () => new Promise((resolve) => setImmediate(resolve));

function run(body: Buffer | string, status = 200) {
  const warnings: unknown[] = [];
  const out = passThrough(answer(body, status), { warn: (o: unknown) => void warnings.push(o) });
  return { out, warnings };
}

describe('passThrough', () => {
  it('hands CLOVA bytes, status and type back unchanged, without a warning for a real answer', async () => {
    const { out, warnings } = run(fixtureBytes());
    await checked();
    expect(out.raw?.equals(fixtureBytes())).toBe(true);
    expect(out.status).toBe(200);
    expect(out.headers).toEqual({ 'content-type': 'application/json;charset=UTF-8' });
    expect(warnings).toEqual([]);
  });

  it('turns a body that is not JSON into a clear 502', () => {
    for (const body of ['<html>502</html>', fixtureBytes().subarray(0, 100)]) {
      try {
        run(body);
        throw new Error('expected a RelayError');
      } catch (err) {
        expect(err).toBeInstanceOf(RelayError);
        expect((err as RelayError).status).toBe(502);
      }
    }
  });

  it('reads non-ASCII answers as UTF-8 and judges their JSON as before', () => {
    const korean = JSON.stringify({ images: [{ inferText: '가나다 영수증', note: 'é€' }] });
    const { out } = run(korean, 400);
    expect(out.body).toEqual(JSON.parse(korean));
    expect(out.raw?.toString('utf8')).toBe(korean);
    // Invalid UTF-8 inside a string is still JSON (a decoder would make it U+FFFD)...
    const invalidInString = Buffer.concat([
      Buffer.from('{"a":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    expect(run(invalidInString, 400).out.status).toBe(400);
    // ...while a non-ASCII byte outside a string, or a byte-order mark, is not.
    for (const bad of [
      Buffer.from('{"a":1}\u00a0', 'utf8'),
      Buffer.from('\ufeff{"a":1}', 'utf8'),
      Buffer.from([0x7b, 0xa0, 0x7d]),
    ]) {
      expect(() => run(bad)).toThrow(RelayError);
    }
  });

  it('warns, and still relays, when the answer does not match the schema', async () => {
    const changed = JSON.parse(fixtureBytes().toString('utf8'));
    changed.images[0].fields[3].boundingPoly = 'not a polygon';
    const { out, warnings } = run(JSON.stringify(changed));
    expect(out.status).toBe(200);
    expect(out.raw?.toString('utf8')).toBe(JSON.stringify(changed));
    await checked();
    expect(warnings).toHaveLength(1);
  });

  it('checks a 100 000-field answer on its first fields and relays it whole', async () => {
    const big = JSON.parse(fixtureBytes().toString('utf8'));
    const fields = big.images[0].fields;
    big.images[0].fields = Array.from({ length: 100_000 }, (_, i) => fields[i % fields.length]);
    const bytes = Buffer.from(JSON.stringify(big));
    const whole = run(bytes);
    expect(whole.out.raw?.equals(bytes)).toBe(true);
    big.images[0].fields[5] = { inferText: 7 };
    const changed = run(JSON.stringify(big));
    await checked();
    expect(whole.warnings).toEqual([]);
    expect(changed.warnings).toHaveLength(1);
  });
});

describe('isRateLimited', () => {
  it('is true only for 400 with code 0025', () => {
    expect(isRateLimited(answer('{"code":"0025"}', 400))).toBe(true);
    expect(isRateLimited(answer('{"code":"0011"}', 400))).toBe(false);
    expect(isRateLimited(answer('{"code":"0025"}', 500))).toBe(false);
    expect(isRateLimited(answer('not json', 400))).toBe(false);
  });
});
