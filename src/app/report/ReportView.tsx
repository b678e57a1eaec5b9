import { useState } from 'react';
import type { Project } from '../projects/schemas.ts';
import { keyLabel } from '../projects/runKey.ts';
import { StoreError } from '../projects/StoreError.tsx';
import { shortcutOf } from '../actions/registry.ts';
import { useReportUi } from './reportStore.ts';
import { useReportData } from './useReportData.ts';
import { SetPicker } from './SetPicker.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { SetsSection } from './SetsSection.tsx';
import { WorstDocuments } from './WorstDocuments.tsx';
import { TrustSection } from './TrustSection.tsx';
import { Confusions } from './Confusions.tsx';
import { NoTruthSection } from './NoTruthSection.tsx';
import { AuditPanel } from './audit/AuditPanel.tsx';
import './report.css';

/**
 * A project's quality report (issue 16): how good the OCR is on these documents and which option
 * set is best, with the evidence one click away. Loaded when first opened (with its charts'
 * library), off the viewer's and the project list's first load.
 */
export default function ReportView({ project }: { project: Project }) {
  const close = useReportUi((s) => s.closeReport);
  const { docs, available, keys, report } = useReportData(project.id);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const data = report.data;
  const sets = data?.sets ?? [];
  const focus = sets.find((s) => s.key === focusKey) ?? sets[0] ?? null;
  const hasTruth = sets.some((s) => s.cer !== null);
  const docList = docs.data ?? [];

  return (
    <section className="projects-main report-view" data-testid="report-view" data-project-id={project.id}>
      <div className="project-head">
        <h2>Quality report</h2>
        <span className="muted">{project.name}</span>
        <div className="toolbar-spacer" />
        <ExportButtons projectId={project.id} projectName={project.name} keys={keys} />
        <button
          type="button"
          className="btn"
          data-testid="close-report"
          onClick={close}
          title={`Back to the project's documents (${shortcutOf('closeReport')})`}
        >
          ← Documents
        </button>
      </div>
      <div className="report-body">
        <SetPicker projectId={project.id} available={available} keys={keys} />
        {docs.isSuccess && available.length === 0 ? (
          <p className="report-notice" data-testid="report-empty">
            No document of this project has a finished run yet. Run OCR on them (Run all, in the project's
            list), then come back: the report compares the option sets you ran.
          </p>
        ) : keys.length === 0 ? (
          <p className="muted pad">Choose at least one option set above.</p>
        ) : report.isError ? (
          <StoreError
            title="The report could not be made"
            error={report.error}
            retry={() => void report.refetch()}
          />
        ) : !data ? (
          <p className="muted pad" data-testid="report-loading">
            Computing the report…
          </p>
        ) : (
          <div
            className={report.isPlaceholderData ? 'report-content stale' : 'report-content'}
            data-testid="report-content"
          >
            {hasTruth && <SetsSection report={data} />}
            {hasTruth && focus && sets.length > 1 && (
              <label className="field report-focus">
                <span className="field-label">Details below for</span>
                <select
                  className="select"
                  data-testid="report-focus"
                  value={focus.key}
                  onChange={(e) => setFocusKey(e.target.value)}
                >
                  {sets.map((s) => (
                    <option key={s.key} value={s.key}>
                      {keyLabel(s.key)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {hasTruth && focus && <WorstDocuments projectId={project.id} set={focus} docs={docList} />}
            {hasTruth && focus && <TrustSection sets={sets} focus={focus} />}
            {hasTruth && focus && <Confusions projectId={project.id} set={focus} docs={docList} />}
            <NoTruthSection report={data} hasTruth={hasTruth} projectId={project.id} docs={docList} />
            <AuditPanel projectId={project.id} keys={keys} docs={docList} />
          </div>
        )}
      </div>
    </section>
  );
}
