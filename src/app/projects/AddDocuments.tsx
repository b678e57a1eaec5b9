import { useRef } from 'react';
import type { AddDocumentsApi } from './useAddDocuments.ts';

const DOC_ACCEPT = '.jpg,.jpeg,.png,.pdf,.tif,.tiff,.json,image/jpeg,image/png,image/tiff,application/pdf';

/** Add files, a folder (directory picker) or a .zip, with upload progress and what went wrong. */
export function AddDocuments({ add, large = false }: { add: AddDocumentsApi; large?: boolean }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const zip = useRef<HTMLInputElement>(null);
  const pick = (e: React.ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(e.target.files ?? []);
    e.target.value = '';
    add.add(list);
  };
  const cls = large ? 'btn btn-lg' : 'btn';
  const tid = (id: string) => (large ? undefined : id);
  return (
    <div className={large ? 'add-docs add-docs-large' : 'add-docs'}>
      <button
        type="button"
        className={`${cls} btn-primary`}
        disabled={add.busy}
        onClick={() => files.current?.click()}
        data-testid={tid('add-files')}
      >
        Add files…
      </button>
      <button
        type="button"
        className={cls}
        disabled={add.busy}
        onClick={() => folder.current?.click()}
        data-testid={tid('add-folder')}
      >
        Add a folder…
      </button>
      <button
        type="button"
        className={cls}
        disabled={add.busy}
        onClick={() => zip.current?.click()}
        data-testid={tid('add-zip')}
      >
        Add a .zip…
      </button>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        accept={DOC_ACCEPT}
        onChange={pick}
        data-testid={tid('add-files-input')}
      />
      <input
        ref={folder}
        type="file"
        hidden
        onChange={pick}
        data-testid={tid('add-folder-input')}
        {...{ webkitdirectory: '', directory: '' }}
      />
      <input
        ref={zip}
        type="file"
        multiple
        hidden
        accept=".zip,application/zip"
        onChange={pick}
        data-testid={tid('add-zip-input')}
      />
      {!large && add.total > 0 && (
        <span
          className="upload-state"
          data-testid="upload-progress"
          data-sent={add.sent}
          data-total={add.total}
        >
          {add.busy
            ? `Uploading ${add.sent} of ${add.total}…`
            : `Added ${add.total - add.failed} of ${add.total}`}
          {!add.busy && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={add.dismiss} aria-label="Dismiss">
              ×
            </button>
          )}
        </span>
      )}
      {!large && (add.errors.length > 0 || add.skipped.length > 0) && (
        <div className="upload-errors" data-testid="upload-errors">
          {add.errors.map((e) => (
            <p key={e} className="form-error">
              {e}
            </p>
          ))}
          {add.skipped.length > 0 && (
            <p className="muted">
              Not added (only JPG, PNG, PDF and TIFF documents, their .json responses and .zip files are):{' '}
              {add.skipped.slice(0, 5).join(', ')}
              {add.skipped.length > 5 ? ` and ${add.skipped.length - 5} more` : ''}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
