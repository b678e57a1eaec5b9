import { VIEW_ACTIONS } from './view.ts';
import { LAYER_ACTIONS } from './layers.ts';
import { TEXT_LAYER_ACTIONS } from './textLayers.ts';
import { RUN_ACTIONS } from './run.ts';
import { REVIEW_ACTIONS } from './review.ts';
import { COMPARE_ACTIONS } from './compare.ts';
import { DOCUMENT_ACTIONS } from './documents.ts';
import { REPORT_ACTIONS } from './report.ts';
import { HELP_ACTIONS, HELP_ROWS } from './help.ts';
import { PROOFREAD_ACTIONS } from './proofread.ts';
import { currentContext, performIn } from './context.ts';
import { keyLabel, matchesKey } from './keys.ts';
import type { KeyLike } from './keys.ts';
import type { Action, Surface } from './types.ts';

/** Every command of the app. Adding a shortcut is one record in one of these groups. */
export const ACTIONS: readonly Action[] = [
  ...VIEW_ACTIONS,
  ...LAYER_ACTIONS,
  ...TEXT_LAYER_ACTIONS,
  ...RUN_ACTIONS,
  ...REVIEW_ACTIONS,
  ...COMPARE_ACTIONS,
  ...DOCUMENT_ACTIONS,
  ...REPORT_ACTIONS,
  ...PROOFREAD_ACTIONS,
  ...HELP_ACTIONS,
];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function actionById(id: string): Action {
  const a = BY_ID.get(id);
  if (!a) throw new Error(`No action "${id}"`);
  return a;
}

/**
 * The action a key press asks for, or null. A press that a key spec matches exactly (Shift
 * included) wins over one that matches only with Shift ignored, so Shift+N is not N.
 */
export function actionForKey(e: KeyLike, inField = false, surface: Surface = 'viewer'): Action | null {
  // Proofreading's keys layer over the viewer's: its own win, the viewer's still work.
  const surfaces: Surface[] = surface === 'proofread' ? ['proofread', 'viewer'] : [surface];
  for (const lenient of [false, true]) {
    for (const s of surfaces) {
      for (const a of ACTIONS) {
        if (inField && !a.worksInFields) continue;
        if ((a.surface ?? 'viewer') !== s) continue;
        if ([...a.keys, ...(a.aliases ?? [])].some((k) => matchesKey(k, e, lenient))) return a;
      }
    }
  }
  return null;
}

/** Performs an action on the document on screen (for code outside a component: a dialog, a sample). */
export function perform(id: string): boolean {
  return performIn(actionById(id), currentContext());
}

/** All keys of an action, as people read them (`Ctrl+Enter / Cmd+Enter`). */
export const keysText = (a: Action, join = ' / '): string => a.keys.map(keyLabel).join(join);

/** The key an action is known by, as people read it (`Ctrl+Enter`), for prose that mentions it. */
export const shortcutOf = (id: string): string => {
  const first = actionById(id).keys[0];
  return first ? keyLabel(first) : '';
};

/** The help rows with their keys filled in from the actions. */
export function helpRows(): { keys: string; what: string }[] {
  return HELP_ROWS.map((r) => ({
    keys: r.ids.map((id) => keysText(actionById(id), r.join)).join(r.join ?? ' / '),
    what: r.what,
  }));
}
