import { describe, expect, it } from 'vitest';
import { whenIdle } from './whenIdle.ts';

describe('whenIdle', () => {
  it('waits for the first task, whether it succeeds or fails', async () => {
    const order: string[] = [];
    let finish!: () => void;
    const first = new Promise<void>((r) => (finish = r));
    const idle = whenIdle(first).then(() => order.push('idle'));
    await new Promise((r) => setTimeout(r, 10));
    order.push('first');
    finish();
    await idle;
    expect(order).toEqual(['first', 'idle']);
    await expect(whenIdle(Promise.reject(new Error('x')))).resolves.toBeUndefined();
  });
});
