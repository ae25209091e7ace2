// Numbers per paragraph for one question at a time, in arrays kept from one question to the next:
// at 100k paragraphs a Map per question (or fresh arrays) costs more than the sums themselves.
// Answers are computed synchronously, one at a time, so one tally per use is never shared.
export class Tally<Column extends string> {
  private docs = new Int32Array(0);
  private count = 0;
  /** The round (one per `reset`) each paragraph was last added in. */
  private addedIn = new Uint32Array(0);
  private round = 0;
  /** One array per column name, in the order of `names`. */
  private columns: Float64Array[] = [];

  constructor(private readonly names: Column[]) {}

  /** Starts afresh, for paragraphs numbered below `size`. */
  reset(size: number): void {
    if (this.addedIn.length < size) {
      this.docs = new Int32Array(size);
      this.addedIn = new Uint32Array(size);
      this.round = 0;
      this.columns = this.names.map(() => new Float64Array(size));
    }
    this.round++;
    this.count = 0;
  }

  /** The paragraphs added since `reset`, in the order added (a view, valid until the next `reset`). */
  get added(): Int32Array {
    return this.docs.subarray(0, this.count);
  }

  /** A column, by paragraph number; meaningful only for the paragraphs added since `reset`. */
  column(name: Column): Float64Array {
    return this.columns[this.names.indexOf(name)]!;
  }

  has(doc: number): boolean {
    return this.addedIn[doc] === this.round;
  }

  /** Adds the paragraph with zeros in every column; false when it was already added. */
  add(doc: number): boolean {
    if (this.addedIn[doc] === this.round) return false;
    this.addedIn[doc] = this.round;
    for (const values of this.columns) values[doc] = 0;
    this.docs[this.count++] = doc;
    return true;
  }
}
