import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isErrorBody } from '../../clova/index.ts';
import { usePanelData } from '../document/documentData.tsx';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { RunError } from '../run/runError.ts';
import { ocrKey } from '../run/useOcrRun.ts';

/**
 * Everything that went wrong, next to the page: a failed run (CLOVA's or the relay's code and
 * message), an error body opened as a response, this page's FAILURE/ERROR, files that could not
 * be opened, and problems met while reading the response. Also says when the shown result is
 * for other options.
 */
export function ErrorBanner() {
  const { doc, raw, run, pages, origin, source } = usePanelData();
  const pageIndex = useUi((s) => s.page);
  const notice = useUi((s) => s.notice);
  const setNotice = useUi((s) => s.setNotice);
  const openErrors = useDocStore((s) => s.errors);
  const dismissOpen = useDocStore((s) => s.dismissErrors);
  const hash = useDocStore((s) => s.hash);
  const client = useQueryClient();
  const [showWarnings, setShowWarnings] = useState(false);

  const page = pages[pageIndex]?.model ?? null;
  const failed = doc?.pages.filter((p) => p.inferResult !== 'SUCCESS') ?? [];
  const runError = run.error && !(run.error instanceof DOMException) ? run.error : null;
  const body = isErrorBody(raw) ? raw : null;

  return (
    <div className="banners" data-testid="error-banner">
      {runError && (
        <Banner
          tone="error"
          code={runError instanceof RunError ? runError.code : 'Error'}
          title="OCR run failed"
          message={runError.message}
          detail={runError instanceof RunError && runError.traceId ? `trace ${runError.traceId}` : undefined}
          onClose={() => void client.resetQueries({ queryKey: ocrKey(hash, run.opts), exact: true })}
        />
      )}
      {body && (
        <Banner
          tone="error"
          code={body.code}
          title={origin === 'saved' ? 'This response is an error' : 'CLOVA answered with an error'}
          message={body.message}
          detail={body.traceId ? `trace ${body.traceId}` : undefined}
        />
      )}
      {page && page.inferResult !== 'SUCCESS' && (
        <Banner
          tone="error"
          code={page.inferResult}
          title={`Page ${page.index + 1} was not recognised`}
          message={page.message || 'No message given.'}
        />
      )}
      {failed.length > 0 && !(failed.length === 1 && failed[0].index === pageIndex) && (
        <Banner
          tone="warn"
          code={`${failed.length} page${failed.length > 1 ? 's' : ''}`}
          title="Failed pages"
          message={failed
            .map((p) => `page ${p.index + 1}: ${p.inferResult} (${p.message || 'no message'})`)
            .join('; ')}
        />
      )}
      {openErrors.map((m, i) => (
        <Banner key={i} tone="error" code="Open" title="File not opened" message={m} onClose={dismissOpen} />
      ))}
      {notice && <Banner tone="info" title="" message={notice} onClose={() => setNotice(null)} />}
      {source && raw === undefined && !run.running && !runError && (
        <Banner
          tone="info"
          title="No OCR result yet"
          message="Choose the options above and press Run OCR (Ctrl+Enter), or drop a saved response .json for this document."
        />
      )}
      {run.stale && origin === 'run' && (
        <Banner
          tone="info"
          title="Earlier options"
          message="The boxes shown are from a run with other options. Run OCR to apply the current ones."
        />
      )}
      {doc && doc.warnings.length > 0 && (
        <div className="banner banner-warn" data-testid="warnings">
          <button type="button" className="link" onClick={() => setShowWarnings(!showWarnings)}>
            {showWarnings ? '▾' : '▸'} {doc.warnings.length} problem{doc.warnings.length > 1 ? 's' : ''}{' '}
            reading the response; showing what could be read
          </button>
          {showWarnings && (
            <ul className="warning-list">
              {doc.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function Banner({
  tone,
  code,
  title,
  message,
  detail,
  onClose,
}: {
  tone: 'error' | 'warn' | 'info';
  code?: string;
  title: string;
  message: string;
  detail?: string;
  onClose?: () => void;
}) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-code={code}>
      {code && <span className="banner-code">{code}</span>}
      <div className="banner-text">
        {title && <strong>{title}. </strong>}
        <span>{message}</span>
        {detail && <span className="muted"> · {detail}</span>}
      </div>
      {onClose && (
        <button type="button" className="icon-btn" aria-label="Dismiss" onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
