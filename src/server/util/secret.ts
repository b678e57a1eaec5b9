import { inspect } from 'node:util';

const REDACTED = '[redacted]';

/**
 * Holds a credential so that printing, logging or serialising the holder never shows it:
 * the value only comes out through `reveal()`, at the one place that needs it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}
