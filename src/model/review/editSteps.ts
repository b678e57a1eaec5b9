/**
 * An alignment's steps as three growable typed arrays (op, a, b) instead of an object per step:
 * the report aligns about a million characters per option set, and objects for each would be
 * most of what the collector has to do. `levenshtein` turns them into EditStep objects for
 * callers that want those.
 */

export const EQUAL = 0;
export const SUB = 1;
export const INS = 2;
export const DEL = 3;

export type StepOp = typeof EQUAL | typeof SUB | typeof INS | typeof DEL;

export class StepBuffer {
  op = new Uint8Array(256);
  a = new Int32Array(256);
  b = new Int32Array(256);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(op: StepOp, a: number, b: number): void {
    if (this.length === this.op.length) this.grow();
    const k = this.length++;
    this.op[k] = op;
    this.a[k] = a;
    this.b[k] = b;
  }

  /** Reverses steps from..length-1 in place (backtraces produce their steps last first). */
  reverseFrom(from: number): void {
    for (let i = from, j = this.length - 1; i < j; i++, j--) {
      const op = this.op[i];
      this.op[i] = this.op[j];
      this.op[j] = op;
      const a = this.a[i];
      this.a[i] = this.a[j];
      this.a[j] = a;
      const b = this.b[i];
      this.b[i] = this.b[j];
      this.b[j] = b;
    }
  }

  /** Steps that are not `equal`: the distance. */
  distance(): number {
    let d = 0;
    for (let k = 0; k < this.length; k++) if (this.op[k] !== EQUAL) d++;
    return d;
  }

  private grow(): void {
    const size = this.op.length * 2;
    const op = new Uint8Array(size);
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    op.set(this.op);
    a.set(this.a);
    b.set(this.b);
    this.op = op;
    this.a = a;
    this.b = b;
  }
}
