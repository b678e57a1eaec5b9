import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test-only: the real CLOVA responses in test/fixtures/clova, parsed. */
const dir = join(import.meta.dirname, '../../test/fixtures/clova');

export const fixtureNames = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.json'));

// The fixtures are plain JSON whose shape the tests inspect freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const loadFixture = (name: string): any => JSON.parse(readFileSync(join(dir, name), 'utf8'));
