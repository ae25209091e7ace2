// Numbers per paragraph for one question at a time, in arrays kept from one question to the next:
// at 100k paragraphs a Map per question (or fresh arrays) costs more than the sums themselves.
// Answers are computed synchronously, one at a time, so one tally per use is never shared.
export class Tally<Column extends string> {
  /** The paragraphs added since `reset`, in the order added. */
  readonly docs: number[] = [];
  private added = new Uint32Array(0);
  private round = 0;
  /** One array per column name, in the order of `names`. */
  private columns: Float64Array[] = [];

  constructor(private readonly names: Column[]) {}

  /** Starts afresh, for paragraphs numbered below `size`. */
  reset(size: number): void {
    if (this.added.length < size) {
      this.added = new Uint32Array(size);
      this.round = 0;
      this.columns = this.names.map(() => new Float64Array(size));
    }
    this.round++;
    this.docs.length = 0;
  }

  /** A column, by paragraph number; meaningful only for the paragraphs added since `reset`. */
  column(name: Column): Float64Array {
    return this.columns[this.names.indexOf(name)]!;
  }

  has(doc: number): boolean {
    return this.added[doc] === this.round;
  }

  /** Adds the paragraph with zeros in every column; false when it was already added. */
  add(doc: number): boolean {
    if (this.added[doc] === this.round) return false;
    this.added[doc] = this.round;
    for (const values of this.columns) values[doc] = 0;
    this.docs.push(doc);
    return true;
  }
}
