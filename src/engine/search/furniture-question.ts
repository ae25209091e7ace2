// A question that quotes the page rather than the article ("share via copy link", "elevate your
// fantasy game", a teaser for another story) is about nothing the articles say, even when its
// words happen to occur in them: it is declined.
import { indexTerms } from '../text/analyzer.ts';
import type { GenericTerms } from './query.ts';

/** The least share of a furniture line's words a question must repeat for that line to count. */
const LINE_SHARE = 0.5;
/** The least share of the question's distinctive words that furniture must account for. */
const QUESTION_SHARE = 0.6;

/** A corpus's page furniture, as the distinctive terms of each line; subject words are evidence of nothing. */
export class PageFurniture {
  private readonly lines: Array<Set<string>>;

  constructor(
    pageFurniture: string[],
    private readonly generic: GenericTerms,
  ) {
    this.lines = pageFurniture.map((line) => this.distinctive(indexTerms(line))).filter((terms) => terms.size > 0);
  }

  /** Does a question, given its terms as planned (misspellings put right, stopwords gone), quote these lines? */
  isQuotedBy(questionTerms: string[]): boolean {
    const asked = this.distinctive(questionTerms);
    if (asked.size < 2) return false;
    const quoted = new Set<string>();
    for (const line of this.lines) {
      let shared = 0;
      for (const term of line) if (asked.has(term)) shared++;
      if (shared > 0 && shared >= LINE_SHARE * line.size) for (const term of line) if (asked.has(term)) quoted.add(term);
    }
    return quoted.size >= 2 && quoted.size >= QUESTION_SHARE * asked.size;
  }

  private distinctive(terms: string[]): Set<string> {
    return new Set(terms.filter((term) => !this.generic.isGeneric(term)));
  }
}
