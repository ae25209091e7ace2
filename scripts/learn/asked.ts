// The words people used asking for each paragraph: for every paragraph, the distinct words
// (stopwords left out) of the labelled tuning questions it answers. Written to seeds/asked.json,
// a keyword file: once "any wheat smuggling going on?" was answered by the paragraph about goods
// carried over the passes at night, "smuggling" ranks that paragraph, though it never says the
// word. They help rank; they never make a question answered that no article's words support.
import type { Corpus } from '../../src/engine/types.ts';
import { MAX_KEYWORDS } from '../../src/engine/corpus/keywords.ts';
import { analyzeWords, indexTerms, isStopword } from '../../src/engine/text/analyzer.ts';
import { answers } from '../eval/questions.ts';
import type { TrainingQuestion } from './training-set.ts';
import { noteOf } from './note-file.ts';
import { byKey } from './regression.ts';

export function askedEntries(corpus: Corpus, questions: TrainingQuestion[]): Array<{ id: string; keywords: string[] }> {
  return corpus.paragraphs.flatMap((paragraph) => {
    // One word per index term (the first met), with how many questions used it.
    const wordOfTerm = new Map<string, { word: string; questions: number }>();
    for (const question of questions) {
      if (!answers(question, paragraph.file, paragraph.text)) continue;
      for (const word of analyzeWords(question.q)) {
        if (isStopword(word)) continue;
        const seen = wordOfTerm.get(word.term);
        if (seen) {
          seen.questions++;
          continue;
        }
        const alone = word.words.join(' ');
        // Only a word that, read alone as the file will be, is the same term ("US" is not "us").
        const terms = indexTerms(alone);
        if (terms.length === 1 && terms[0] === word.term) wordOfTerm.set(word.term, { word: alone, questions: 1 });
      }
    }
    if (wordOfTerm.size === 0) return [];
    // The most asked words, as many as a keyword file may list, in the order of their terms (the file diffs well).
    const kept = [...wordOfTerm].sort((a, b) => b[1].questions - a[1].questions || byKey(a, b)).slice(0, MAX_KEYWORDS);
    const keywords = kept.sort(byKey).map(([, { word }]) => word);
    return [noteOf(paragraph, { keywords })];
  });
}
