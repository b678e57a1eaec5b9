import type { Engine, EngineName } from './engine.ts';

/**
 * An engine whose module is loaded on first use. The relay starts (and serves clova) even when
 * an engine's module fails to load; that engine then reports the failure as its unavailability.
 */
export function lazyEngine(name: EngineName, load: () => Promise<Engine>): Engine {
  let loading: Promise<Engine> | undefined;
  const get = () => (loading ??= load());
  return {
    name,
    async availability() {
      try {
        return await (await get()).availability();
      } catch (err) {
        return { available: false, reason: `the ${name} engine failed to load (${(err as Error).message})` };
      }
    },
    async run(input) {
      return (await get()).run(input);
    },
  };
}
