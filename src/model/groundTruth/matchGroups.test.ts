import { describe, expect, it } from 'vitest';
import { rect } from '../words.testutil.ts';
import { matchPage } from './matchGroups.ts';

const w = (x: number, width: number, text = 't', y = 0) => ({ poly: rect(x, y, width, 20), text });

describe('matchPage', () => {
  it('pairs one to one by overlap, text settling near ties', () => {
    const m = matchPage([w(0, 80, 'ab'), w(100, 80, 'cd')], [w(102, 80, 'cd'), w(3, 80, 'ab'), w(500, 50)]);
    expect(m.pairs).toEqual([
      { old: 0, fresh: 1 },
      { old: 1, fresh: 0 },
    ]);
    expect(m.freshOnly).toEqual([2]);
    expect(m.oldOnly).toEqual([]);
  });

  it('finds a word split in two and two words merged, before any one-to-one pairing', () => {
    // Old [0..100] is now [0..55] + [60..100]; old [200..240] + [250..300] are now [200..300].
    const m = matchPage([w(0, 100), w(200, 40), w(250, 50)], [w(0, 55), w(60, 40), w(200, 100)]);
    expect(m.split).toEqual([{ old: 0, fresh: [0, 1] }]);
    expect(m.merged).toEqual([{ old: [1, 2], fresh: 2 }]);
    expect(m.pairs).toEqual([]);
  });

  it('leaves words on other lines alone', () => {
    const m = matchPage([w(0, 100, 'a', 0)], [w(0, 50, 'a', 100), w(50, 50, 'b', 100)]);
    expect(m.split).toEqual([]);
    expect(m.oldOnly).toEqual([0]);
    expect(m.freshOnly).toEqual([0, 1]);
  });

  it("pairs tiny boxes that moved below the IoU floor but still hold each other's centre", () => {
    const dash = (x: number, y: number) => ({ poly: rect(x, y, 4, 3), text: '-' });
    const m = matchPage([dash(150, 215)], [dash(151.5, 214)]);
    expect(m.pairs).toEqual([{ old: 0, fresh: 0 }]);
    expect([m.oldOnly, m.freshOnly]).toEqual([[], []]);
  });
});
