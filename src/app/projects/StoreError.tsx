import { useAccessKey } from '../run/accessKey.ts';
import { RunError } from '../run/runError.ts';

/** A store request that failed, with what to do: type the relay's access key, or try again. */
export function StoreError({ title, error, retry }: { title: string; error: Error; retry: () => void }) {
  const key = useAccessKey((s) => s.key);
  const setKey = useAccessKey((s) => s.setKey);
  const needsKey = error instanceof RunError && (error.status === 401 || error.status === 403);
  return (
    <div className="projects-empty" data-testid="store-error">
      <h2>{title}</h2>
      <p className="muted">
        {error instanceof RunError && error.code !== `HTTP ${error.status}` ? `${error.code}: ` : ''}
        {error.message}
      </p>
      {needsKey ? (
        <form
          className="new-project"
          onSubmit={(e) => {
            e.preventDefault();
            retry();
          }}
        >
          <input
            className="select"
            type="password"
            autoComplete="off"
            placeholder="Relay access key"
            aria-label="Relay access key"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <button type="submit" className="btn btn-primary">
            Try again
          </button>
        </form>
      ) : (
        <>
          <p className="muted">
            Projects live on the relay: check that it is running with its store, then try again.
          </p>
          <button type="button" className="btn" onClick={retry}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}
