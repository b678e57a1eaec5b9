import { describe, expect, it } from 'vitest';
import { onceWarnings } from './onceWarnings.ts';

describe('onceWarnings', () => {
  it('logs the first warning of each key only', () => {
    const logged: string[] = [];
    const warn = onceWarnings({ warn: (_obj, msg) => logged.push(msg) });
    warn('detector', {}, 'detector missing');
    warn('detector', {}, 'detector missing again');
    warn('other', {}, 'something else');
    expect(logged).toEqual(['detector missing', 'something else']);
  });

  it('is silent without a logger', () => {
    expect(() => onceWarnings(undefined)('k', {}, 'm')).not.toThrow();
  });
});
