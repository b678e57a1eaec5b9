import { useEffect, useRef } from 'react';
import { fitPage, fitWidth, panBy, zoomAt } from '../../model/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { actionFor } from './keymap.ts';
import type { Action } from './keymap.ts';
import { isTypingTarget } from '../lib/isTypingTarget.ts';

interface Env {
  pageCount: number;
  pageSize: { width: number; height: number } | null;
  viewport: () => { width: number; height: number };
  runOcr: () => void;
}

const PAN_STEP = 60;

/** Global shortcuts (see keymap.ts). Ignored while typing in a form field. */
export function useKeyboard(env: Env) {
  const envRef = useRef(env);
  useEffect(() => {
    envRef.current = env;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      const action = actionFor(e);
      if (!action) return;
      e.preventDefault();
      perform(action, envRef.current, e.shiftKey ? 4 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function perform(action: Action, env: Env, boost: number) {
  const ui = useUi.getState();
  const vp = env.viewport();
  const centre = { x: vp.width / 2, y: vp.height / 2 };
  const last = Math.max(0, env.pageCount - 1);
  switch (action) {
    case 'nextPage':
      return ui.setPage(Math.min(last, ui.page + 1));
    case 'prevPage':
      return ui.setPage(Math.max(0, ui.page - 1));
    case 'firstPage':
      return ui.setPage(0);
    case 'lastPage':
      return ui.setPage(last);
    case 'zoomIn':
      return ui.setView(zoomAt(ui.view, 1.25, centre));
    case 'zoomOut':
      return ui.setView(zoomAt(ui.view, 0.8, centre));
    case 'fitPage':
      if (env.pageSize)
        ui.setView(fitPage(env.pageSize.width, env.pageSize.height, vp.width, vp.height), 'page');
      return;
    case 'fitWidth':
      if (env.pageSize)
        ui.setView(fitWidth(env.pageSize.width, env.pageSize.height, vp.width, vp.height), 'width');
      return;
    case 'panLeft':
      return ui.setView(panBy(ui.view, PAN_STEP * boost, 0));
    case 'panRight':
      return ui.setView(panBy(ui.view, -PAN_STEP * boost, 0));
    case 'panUp':
      return ui.setView(panBy(ui.view, 0, PAN_STEP * boost));
    case 'panDown':
      return ui.setView(panBy(ui.view, 0, -PAN_STEP * boost));
    case 'clearSelection':
      return ui.select(null);
    case 'toggleWords':
      return ui.toggleLayer('words');
    case 'toggleLines':
      return ui.toggleLayer('lines');
    case 'toggleParagraphs':
      return ui.toggleLayer('paragraphs');
    case 'toggleTables':
      return ui.toggleLayer('tables');
    case 'runOcr':
      return env.runOcr();
  }
}
