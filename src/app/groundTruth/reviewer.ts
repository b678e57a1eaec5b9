import { create } from 'zustand';

/**
 * Who is reviewing: asked once, remembered in this browser, sent with every change. `?reviewer=`
 * in the URL sets it without asking (a link handed to a colleague, a test).
 */
const KEY = 'ocr-inspector.reviewer';

export const cleanName = (name: string): string => name.trim().replace(/\s+/g, ' ').slice(0, 100);

function initialName(): string {
  try {
    const fromUrl = cleanName(new URLSearchParams(window.location.search).get('reviewer') ?? '');
    if (fromUrl) {
      localStorage.setItem(KEY, fromUrl);
      return fromUrl;
    }
    return cleanName(localStorage.getItem(KEY) ?? '');
  } catch {
    return '';
  }
}

interface ReviewerState {
  name: string;
  /** The name dialog is open (asked when proofreading starts without a name). */
  asking: boolean;
  setName: (name: string) => void;
  ask: (open: boolean) => void;
}

export const useReviewer = create<ReviewerState>()((set) => ({
  name: typeof window === 'undefined' ? '' : initialName(),
  asking: false,
  setName: (raw) => {
    const name = cleanName(raw);
    if (!name) return;
    try {
      localStorage.setItem(KEY, name);
    } catch {
      // Private mode: the name lasts for this tab.
    }
    set({ name, asking: false });
  },
  ask: (asking) => set({ asking }),
}));
