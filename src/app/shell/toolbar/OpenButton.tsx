import { useRef } from 'react';
import { openInput } from '../../document/openInput.ts';
import { keepInInbox } from '../../projects/inbox.ts';

/** The file picker: documents and saved .json responses; a document and its response picked together open as one. */
export function OpenButton({ label = 'Open', primary = false }: { label?: string; primary?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'btn btn-primary btn-lg' : 'btn'}
        onClick={() => input.current?.click()}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M2 4.5A1.5 1.5 0 0 1 3.5 3h3l1.5 1.5h4.5A1.5 1.5 0 0 1 14 6v5.5a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 11.5z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
          />
        </svg>
        {label}
      </button>
      <input
        ref={input}
        data-testid={primary ? undefined : 'file-input'}
        type="file"
        multiple
        hidden
        accept=".jpg,.jpeg,.png,.pdf,.tif,.tiff,.json,image/jpeg,image/png,image/tiff,application/pdf,application/json"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void openInput(files);
          void keepInInbox(files);
        }}
      />
    </>
  );
}
