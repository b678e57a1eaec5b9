import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useUi } from '../ui/uiStore.ts';
import { stageElement } from '../lib/stageElement.ts';
import { actionForKey } from '../actions/registry.ts';
import { currentContext, performIn } from '../actions/context.ts';
import { toScreen } from '../../model/geometry/coords.ts';
import { editorBox } from './editorBox.ts';
import { registerEditorInput } from './editorInput.ts';
import { currentField } from './editing.ts';
import { commit } from './proofing.ts';
import type { ProofIndex } from './proofIndex.ts';
import { useProof } from './proofStore.ts';

/** Room kept for the caption ("unreviewed · OCR 100%" at 11 px) at the stage's right edge. */
const CAPTION_WIDTH = 150;

/** The in-place editor over the word being proofread: its keys are the registry's `editor` surface. */
export function WordEditor({ ix }: { ix: ProofIndex }) {
  const editing = useProof((s) => s.editing);
  const nonce = useProof((s) => s.nonce);
  const view = useUi((s) => s.view);
  const page = useUi((s) => s.page);
  const word = editing ? ix.wordOf(editing) : null;
  const field = editing ? currentField(editing) : null;
  if (!editing || !word || !field || ix.doc.pages[page]?.index !== word.pageIndex) return null;
  const box = editorBox(word.poly, view, field.inferText);
  const stage = stageElement();
  const conf = Math.round(field.inferConfidence * 100);
  const left = stage?.offsetLeft ?? 0;
  const top = stage?.offsetTop ?? 0;
  // The caption stays upright under the word, whatever the box's angle, and inside the stage (a
  // word at its right edge must not push it over the side panel). Short, so it hides little of the
  // line; the editor's keys are listed in the proofreading panel.
  const corners = word.poly.map((p) => toScreen(view, p));
  const below = Math.max(...corners.map((p) => p.y), box.cy + box.height / 2);
  const from = Math.max(0, Math.min(...corners.map((p) => p.x), (stage?.clientWidth ?? 1e9) - CAPTION_WIDTH));
  return (
    <>
      <div
        className="word-editor"
        style={{
          left: left + box.cx,
          top: top + box.cy,
          width: box.width,
          transform: `translate(-50%, -50%) rotate(${box.angle}deg)`,
        }}
      >
        <EditorInput id={editing} nonce={nonce} text={field.inferText} box={box} />
      </div>
      <div
        className="word-editor-caption"
        aria-hidden="true"
        style={{ left: left + from, top: top + below + 4 }}
      >
        {field.review} · OCR {conf}%
      </div>
    </>
  );
}

/**
 * One input for the whole walk: moving on to the next word refills and reselects it instead of
 * mounting a new one (removing a focused input and focusing another forced a layout per Enter).
 */
function EditorInput({
  id,
  nonce,
  text,
  box,
}: {
  id: string;
  /** Bumped to refill the input for the same word (an undo gave it its old text back). */
  nonce: number;
  text: string;
  box: ReturnType<typeof editorBox>;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    registerEditorInput(ref.current);
    return () => registerEditorInput(null);
  }, []);
  // Before the paint, so the frame that shows the next word shows its text, selected. Not on a
  // change of `text` alone: that is the server's copy moving while the reviewer types.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.value = text;
    if (document.activeElement !== el) el.focus({ preventScroll: true });
    el.select();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, nonce]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME composition (Korean, Japanese) belongs to the IME.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const action = actionForKey(e.nativeEvent, true, 'editor');
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    performIn(action, currentContext(e.nativeEvent));
  };

  // Clicking away keeps what was typed (as an edit, not an accept) and closes the editor.
  const onBlur = () => {
    const el = ref.current;
    const p = useProof.getState();
    if (!el || p.editing !== id) return;
    const f = currentField(id);
    const typed = el.value.trim();
    if (f && typed && typed !== f.inferText)
      commit([{ op: 'edit', id, text: typed }], `Edit “${f.inferText}”`);
    p.set({ editing: null });
  };

  return (
    <input
      ref={ref}
      className={box.vertical ? 'word-editor-input vertical' : 'word-editor-input'}
      data-testid="word-editor"
      data-word-id={id}
      aria-label={`Correct the word “${text}”`}
      spellCheck={false}
      autoComplete="off"
      style={{ height: box.height, fontSize: box.fontSize }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  );
}
