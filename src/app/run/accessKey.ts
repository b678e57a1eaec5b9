import { create } from 'zustand';

/**
 * The relay's access key, when the relay asks for one. Kept in memory only (never stored, never
 * part of a cache key), and it is the relay's key: CLOVA's secret never reaches the browser.
 */
export const useAccessKey = create<{ key: string; setKey: (k: string) => void }>()((set) => ({
  key: '',
  setKey: (key) => set({ key }),
}));
