// A question that quotes the page rather than the article ("share via copy link", "elevate your
// fantasy game", a teaser for another story) is about nothing the articles say, even when its
// words happen to occur in them: it is declined.
import { indexTerms } from '../text/analyzer.ts';

/** The least share of a furniture line's words a question must repeat for that line to count. */
const LINE_SHARE = 0.5;
/** The least share of the question's distinctive words that furniture must account for. */
const QUESTION_SHARE = 0.6;

/** Given a question's terms (as planned: misspellings put right, stopwords gone). */
export type FurnitureCheck = (questionTerms: string[]) => boolean;

/** Builds the check for a corpus's page furniture; subject words ("Russia") are evidence of nothing. */
export function furnitureCheck(pageFurniture: string[], isGeneric: (term: string) => boolean): FurnitureCheck {
  const distinctive = (terms: string[]) => new Set(terms.filter((term) => !isGeneric(term)));
  const lines = pageFurniture.map((line) => distinctive(indexTerms(line))).filter((terms) => terms.size > 0);
  return (questionTerms) => {
    const asked = distinctive(questionTerms);
    if (asked.size < 2) return false;
    const quoted = new Set<string>();
    for (const line of lines) {
      let shared = 0;
      for (const term of line) if (asked.has(term)) shared++;
      if (shared > 0 && shared >= LINE_SHARE * line.size) for (const term of line) if (asked.has(term)) quoted.add(term);
    }
    return quoted.size >= 2 && quoted.size >= QUESTION_SHARE * asked.size;
  };
}
