import { describe, expect, it } from 'vitest';
import { bestOf } from './probe.ts';

describe('probe choice', () => {
  it('the most confident reading wins', () => {
    expect(bestOf({ '0': 3, '90': 38, '180': 0, '270': 115 })).toEqual({ kind: 'turn', turn: 270 });
    expect(bestOf({ '0': 0, '90': 5, '180': 0, '270': 5, vertical: 52 })).toEqual({ kind: 'vertical' });
  });

  it('ties and blank probes keep the page as it is', () => {
    expect(bestOf({ '0': 10, '90': 10, '180': 0, '270': 0 })).toEqual({ kind: 'turn', turn: 0 });
    expect(bestOf({ '0': 0, '90': 0, '180': 0, '270': 0 })).toEqual({ kind: 'turn', turn: 0 });
  });
});
