import { describe, expect, it } from 'vitest';
import { parseStatus, readRss, sampleRss } from './procStatus.ts';

const STATUS = `Name:\tnode
VmPeak:\t 1234567 kB
VmHWM:\t  150000 kB
VmRSS:\t  120512 kB
RssAnon:\t   90000 kB
`;

describe('parseStatus', () => {
  it('reads VmRSS and VmHWM, not the similar keys around them', () => {
    expect(parseStatus(STATUS)).toEqual({ rssKb: 120512, peakKb: 150000 });
  });

  it('refuses a status without them', () => {
    expect(() => parseStatus('Name:\tnode\n')).toThrow(/VmRSS/);
  });
});

describe.runIf(process.platform === 'linux')('on this process', () => {
  it('reads a plausible resident size, never above the peak', () => {
    const r = readRss(process.pid);
    expect(r.rssKb).toBeGreaterThan(10_000);
    expect(r.peakKb).toBeGreaterThanOrEqual(r.rssKb);
  });

  it('sees a 64 MB allocation in the sampled peak', async () => {
    const sampler = sampleRss(process.pid, 5);
    const before = readRss(process.pid).rssKb;
    const big = Buffer.alloc(64 * 1024 * 1024, 1);
    await new Promise((r) => setTimeout(r, 50));
    const { peakKb, samples } = sampler.stop();
    expect(big[big.length - 1]).toBe(1);
    expect(samples).toBeGreaterThan(1);
    expect(peakKb - before).toBeGreaterThan(50 * 1024);
  });
});
