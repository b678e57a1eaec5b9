/** Most warnings kept; a response with 10^5 broken fields must not produce 10^5 strings. */
export const MAX_WARNINGS = 100;

/** Collects build problems to show the user; past MAX_WARNINGS it only counts. */
export class WarningLog {
  private readonly kept: string[] = [];
  private dropped = 0;

  add(message: string): void {
    if (this.kept.length < MAX_WARNINGS) this.kept.push(message);
    else this.dropped++;
  }

  get count(): number {
    return this.kept.length + this.dropped;
  }

  list(): string[] {
    return this.dropped > 0 ? [...this.kept, `…and ${this.dropped} more warnings`] : [...this.kept];
  }
}
