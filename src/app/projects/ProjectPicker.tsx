import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createProject, deleteProject, renameProject } from './api.ts';
import { projectKeys } from './queries.ts';
import { useProjects } from './projectStore.ts';
import type { Project } from './schemas.ts';
import { INBOX_NAME } from './schemas.ts';

const isInbox = (p: Project) => p.inbox ?? p.name === INBOX_NAME;

/** The projects: pick one, create, rename, delete (after a confirmation naming what goes). */
export function ProjectPicker({ list }: { list: UseQueryResult<Project[]> }) {
  const client = useQueryClient();
  const projectId = useProjects((s) => s.projectId);
  const setProject = useProjects((s) => s.setProject);
  const [name, setName] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: projectKeys.projects, exact: true });
  const create = useMutation({
    mutationFn: (n: string) => createProject(n),
    onSuccess: async (p) => {
      setName('');
      await refresh();
      setProject(p.id);
    },
  });
  const projects = list.data ?? [];
  return (
    <aside className="project-picker">
      <form
        className="new-project"
        onSubmit={(e) => {
          e.preventDefault();
          const n = name.trim();
          if (n) create.mutate(n);
        }}
      >
        <input
          className="select"
          placeholder="New project name"
          aria-label="New project name"
          data-testid="new-project-name"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="btn btn-primary"
          disabled={!name.trim() || create.isPending}
          data-testid="create-project"
        >
          Create
        </button>
      </form>
      {create.isError && <p className="form-error">Not created: {create.error.message}</p>}
      {list.isPending && <p className="muted pad">Loading projects…</p>}
      {list.isSuccess && projects.length === 0 && (
        <p className="muted pad" data-testid="no-projects">
          No project yet. Name one above and press Create.
        </p>
      )}
      <ul className="project-list" data-testid="project-list">
        {projects.map((p) => (
          <ProjectItem key={p.id} project={p} chosen={p.id === projectId} onPick={() => setProject(p.id)} />
        ))}
      </ul>
    </aside>
  );
}

function ProjectItem({ project, chosen, onPick }: { project: Project; chosen: boolean; onPick: () => void }) {
  const client = useQueryClient();
  const setProject = useProjects((s) => s.setProject);
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(project.name);
  const refresh = () => client.invalidateQueries({ queryKey: projectKeys.projects, exact: true });
  const rename = useMutation({
    mutationFn: (n: string) => renameProject(project.id, n),
    onSuccess: async () => {
      setMode('idle');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteProject(project.id),
    onSuccess: async () => {
      if (chosen) setProject(null);
      client.removeQueries({ queryKey: projectKeys.documents(project.id) });
      await refresh();
    },
  });
  const count = project.documents;
  const error = rename.error ?? remove.error;
  return (
    <li
      className={chosen ? 'project-item on' : 'project-item'}
      data-testid="project-item"
      data-project-id={project.id}
      data-name={project.name}
    >
      {mode === 'rename' ? (
        <form
          className="project-rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) rename.mutate(name.trim());
          }}
        >
          <input
            className="select"
            autoFocus
            aria-label="Project name"
            data-testid="rename-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn-sm btn-primary" data-testid="rename-save">
            Save
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="project-pick" onClick={onPick} data-testid="project-pick">
          <span className="project-name">{project.name}</span>
          {count !== undefined && (
            <span className="muted project-count">
              {count} document{count === 1 ? '' : 's'}
            </span>
          )}
        </button>
      )}
      {mode === 'idle' && !isInbox(project) && (
        <span className="project-actions">
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => setMode('rename')}
            data-testid="project-rename"
          >
            Rename
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => setMode('delete')}
            data-testid="project-delete"
          >
            Delete
          </button>
        </span>
      )}
      {mode === 'delete' && (
        <div className="confirm" role="alertdialog" aria-label={`Delete ${project.name}?`}>
          <p>
            Delete <strong>{project.name}</strong>
            {count ? ` and its ${count} document${count === 1 ? '' : 's'} with their runs` : ''}? This cannot
            be undone.
          </p>
          <button
            type="button"
            className="btn btn-sm btn-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
            data-testid="project-delete-confirm"
          >
            Delete
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      )}
      {error && <p className="form-error">{error.message}</p>}
    </li>
  );
}
