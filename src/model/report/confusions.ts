import type { CharEdit } from './evaluate.ts';

/** Where an edit was seen: the viewer opens the document at the page and selects the word. */
export interface EditLocation {
  documentId: string;
  page: number;
  /** Field index of the run word in its image (null when the page has no words). */
  field: number | null;
}

export interface Confusion {
  op: 'sub' | 'ins' | 'del';
  expected: string;
  actual: string;
  count: number;
  /** The first few places it happened, in document order. */
  examples: EditLocation[];
}

export const CONFUSION_LIMIT = 50;
export const EXAMPLES_PER_CONFUSION = 5;

/**
 * Counts character confusions (substitution a→b, insertion of b, deletion of a) across
 * documents; the most frequent first (ties in first-seen order), each with a few examples.
 */
export class ConfusionCounter {
  private readonly byKey = new Map<string, Confusion>();

  add(edit: CharEdit, where: EditLocation): void {
    const key = `${edit.op}\u0000${edit.expected}\u0000${edit.actual}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = { op: edit.op, expected: edit.expected, actual: edit.actual, count: 0, examples: [] };
      this.byKey.set(key, c);
    }
    c.count++;
    if (c.examples.length < EXAMPLES_PER_CONFUSION) c.examples.push(where);
  }

  top(limit = CONFUSION_LIMIT): Confusion[] {
    return [...this.byKey.values()].sort((a, b) => b.count - a.count).slice(0, limit);
  }
}
