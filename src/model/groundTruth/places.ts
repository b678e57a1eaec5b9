import type { GtField, GtImage } from './types.ts';

export interface Place {
  image: number;
  index: number;
}

/** Layers a chain may grow to before a draft starts from a flat index again. */
const MAX_DEPTH = 16;

/**
 * Where each field id is in a ground truth's pages: its own changes over a shared, read-only base.
 * A draft writes only the few ids its changes move; the next draft (the next revision) starts on
 * top of this one, so an edit on a page of 20,000 words does not index all of them again.
 */
export class Places {
  private readonly own = new Map<string, Place | null>();
  readonly depth: number;

  private constructor(private readonly base: Places | null) {
    this.depth = base ? base.depth + 1 : 0;
  }

  /** A flat index of `images`, every field read. */
  static of(images: readonly GtImage[]): Places {
    const p = new Places(null);
    images.forEach((image, i) => p.setImage(i, image));
    return p;
  }

  /** A new layer over this one (this one is not to be written after). */
  layer(): Places {
    return new Places(this);
  }

  get(id: string): Place | undefined {
    const at = this.own.get(id);
    if (at !== undefined) return at ?? undefined;
    return this.base?.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, at: Place): void {
    this.own.set(id, at);
  }

  delete(id: string): void {
    if (this.base) this.own.set(id, null);
    else this.own.delete(id);
  }

  setImage(image: number, g: GtImage): void {
    g.fields.forEach((f, index) => this.own.set(f.id, { image, index }));
  }
}

/** The index each ground truth that applyChanges produced ends with, for the next draft on it. */
const kept = new WeakMap<readonly GtImage[], Places>();

export function keepPlaces(images: readonly GtImage[], places: Places): void {
  kept.set(images, places);
}

/**
 * The index to start a draft of `images` from: the one its draft ended with (null when there is
 * none, or when its chain of layers has grown long: the draft then indexes every field).
 */
export function keptPlaces(images: readonly GtImage[]): Places | null {
  const k = kept.get(images);
  return k && k.depth < MAX_DEPTH ? k : null;
}

/**
 * The field with `id`, found through the index the revision was left with when it has one (the
 * editor reads its word on every key), else by a scan of the pages.
 */
export function findField(images: readonly GtImage[], id: string): GtField | null {
  const at = kept.get(images)?.get(id);
  const hit = at ? images[at.image]?.fields[at.index] : undefined;
  if (hit?.id === id) return hit;
  for (const image of images) {
    const f = image.fields.find((x) => x.id === id);
    if (f) return f;
  }
  return null;
}
