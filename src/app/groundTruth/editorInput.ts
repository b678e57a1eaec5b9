/** The in-place editor's input while it is open (registered by WordEditor), for the editor's actions. */
let input: HTMLInputElement | null = null;

export const registerEditorInput = (el: HTMLInputElement | null): void => {
  input = el;
};

export const editorInput = (): HTMLInputElement | null => input;
