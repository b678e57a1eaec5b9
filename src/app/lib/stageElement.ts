/** The canvas container element, registered by the Stage, for code outside React that needs its position or size. */
let el: HTMLElement | null = null;

export function registerStage(next: HTMLElement | null): void {
  el = next;
}

export function stageElement(): HTMLElement | null {
  return el;
}

export function stageSize(): { width: number; height: number } {
  return { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0 };
}
