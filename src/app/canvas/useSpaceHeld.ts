import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../lib/isTypingTarget.ts';

/** Whether the space bar is held (space+drag pans), without re-rendering on each key event. */
export function useSpaceHeld(onChange?: (held: boolean) => void) {
  const held = useRef(false);
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || isTypingTarget(e.target)) return;
      e.preventDefault();
      if (!held.current) {
        held.current = true;
        onChange?.(true);
      }
    };
    const up = (e: KeyboardEvent) => {
      if (e.code !== 'Space') return;
      held.current = false;
      onChange?.(false);
    };
    const blur = () => {
      held.current = false;
      onChange?.(false);
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, [onChange]);
  return held;
}
