import { describe, expect, it } from 'vitest';
import { correctionNote, nextOpen, progressText } from './progress.ts';

const items = (v: (string | null)[]) => v.map((answer) => ({ answer: answer as 'right' | 'wrong' | null }));

describe('audit progress', () => {
  it('goes to the next unanswered word, wrapping round to any skipped, then is done', () => {
    expect(nextOpen(items([null, null, null]), 0)).toBe(1);
    expect(nextOpen(items(['right', 'wrong', null]), 1)).toBe(2);
    expect(nextOpen(items([null, 'right', 'right']), 2)).toBe(0);
    // Going back to re-answer the first word goes on to the first open one.
    expect(nextOpen(items(['right', 'right', null, null]), 0)).toBe(2);
    expect(nextOpen(items(['right', 'wrong']), 1)).toBeNull();
  });

  it('counts the answers', () => {
    expect(progressText(items(['right', null, 'wrong']))).toBe('2 of 3 answered');
  });

  it('says where a correction went: into the ground truth, or kept with the audit and why', () => {
    expect(correctionNote('edited', 'a.png')).toBe('Correction written into the ground truth of a.png.');
    expect(correctionNote('no-ground-truth', 'a.png')).toMatch(
      /^Correction kept with the audit: a\.png has no/,
    );
    expect(correctionNote('conflict', 'a.png')).toContain('someone else');
    expect(correctionNote(null, 'a.png')).toBe('Correction kept with the audit.');
  });
});
