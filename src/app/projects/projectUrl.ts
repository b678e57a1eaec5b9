/**
 * The URL parameters of stored work: `?doc=:id` (and `&run=:id`) opens a stored document,
 * `&project=:id` names its project (for next/previous and the list), `?projects` shows the list.
 * Other parameters (the view state, a sample) are left as they are.
 */
export interface ProjectParams {
  doc: string | null;
  run: string | null;
  project: string | null;
  /** The project view is open. */
  list: boolean;
}

const ID = /^[\w-]{1,128}$/;
const idOf = (v: string | null) => (v && ID.test(v) ? v : null);

export function readProjectParams(search: string): ProjectParams {
  const p = new URLSearchParams(search);
  return {
    doc: idOf(p.get('doc')),
    run: idOf(p.get('run')),
    project: idOf(p.get('project')),
    list: p.has('projects'),
  };
}

/** `search` with these parameters set (a null or false removes one), keeping the others. */
export function withProjectParams(search: string, patch: Partial<ProjectParams>): string {
  const p = new URLSearchParams(search);
  for (const k of ['doc', 'run', 'project'] as const) {
    if (!(k in patch)) continue;
    const v = patch[k];
    if (v) p.set(k, v);
    else p.delete(k);
  }
  if ('list' in patch) {
    if (patch.list) p.set('projects', '');
    else p.delete('projects');
  }
  const s = p.toString().replace(/projects=(&|$)/, 'projects$1');
  return s ? `?${s}` : '';
}

export function writeProjectParams(patch: Partial<ProjectParams>): void {
  const next = withProjectParams(location.search, patch);
  if (next === location.search) return;
  history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
}
