import type { DocumentData } from '../document/documentData.tsx';
import type { KeyLike } from './keys.ts';

/** What an action acts on: the document the user sees, the stage's size, and the key that asked (if any). */
export interface ActionContext {
  data: DocumentData;
  /** The page stage's size in screen (CSS) pixels. */
  viewport: () => { width: number; height: number };
  /** The key press that triggered the action; absent for a click or a call from code. */
  event?: KeyLike;
}

/**
 * One command of the app: what the keyboard, its button, its ARIA key shortcuts, `<kbd>` hints, the
 * `?` overlay and README's key table all read. State is read from the stores when performed, so
 * an action works the same from a key, a button or code (the range dialog, a sample).
 */
export interface Action {
  id: string;
  /** Says what it does, as a button's tooltip would ("Zoom in"). */
  label: string;
  /**
   * Its keys, first one shown in tooltips: a key name as KeyboardEvent.key spells it (a letter in
   * capitals), after modifiers `Shift+`, `Alt+`, `Ctrl+`, `Meta+` or `Mod+` (Ctrl or Cmd).
   * Without `Shift+`, Shift is ignored unless another action binds the shifted key.
   */
  keys: readonly string[];
  /** Other characters the same physical keys type (`=` on the `+` key): matched, not listed. */
  aliases?: readonly string[];
  perform: (ctx: ActionContext) => void;
  /**
   * For keys that act while held: called when the key is released (or the window loses focus);
   * `perform` runs once on the press, not again on key repeat.
   */
  release?: (ctx: ActionContext) => void;
  /** False: its button is disabled and its keys do nothing (the browser keeps them). */
  enabled?: (ctx: ActionContext) => boolean;
  /** For toggles: on or off (its button is pressed). */
  checked?: (ctx: ActionContext) => boolean;
  /** Its keys work while typing in a form field (Ctrl/Cmd+F). */
  worksInFields?: boolean;
  /** Where its keys act: the viewer (default), the project view that covers it, or the report. */
  surface?: Surface;
}

/**
 * What has the keyboard: the viewer, or the project view over it (whose keys the viewer must not
 * act on), or a project's quality report over that; proofreading, whose keys layer over the
 * viewer's; the in-place word editor's input.
 */
export type Surface = 'viewer' | 'projects' | 'report' | 'proofread' | 'editor';
