// (a) `engine.ask(question, options)` with hostile questions and random options: excerpts must be verbatim.
import { analyzeWords } from '../../src/engine/text/analyzer.ts';
import { FACETS, type AskOptions, type Facet } from '../../src/engine/types.ts';
import { runBounded, threw, type Outcome, type Problems } from './bounded.ts';
import { hostile } from './hostile.ts';
import { chance, int, pick } from './random.ts';
import { actorIds, engine, seedText } from './subject.ts';

function checkAnalyzer(question: string, problems: Problems): void {
  for (const word of analyzeWords(question.slice(0, 1000))) {
    if (typeof word.term !== 'string' || word.words.some((w) => typeof w !== 'string')) {
      problems.push(`analyzeWords made a non-string word or term: ${JSON.stringify(String(word.term)).slice(0, 80)} from ${JSON.stringify(word.words.map(String)).slice(0, 80)}`);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// (a) engine.ask

function randomAskOptions(): { options: AskOptions; valid: boolean } {
  if (chance(0.25)) return { options: {}, valid: true };
  const number = () => pick([0, 1, 2, 3, 5, 24, 25, 26, 100, -1, -100, 0.5, 2.7, 1e9, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity]);
  const valid = chance(0.85);
  const options: AskOptions = {};
  if (chance(0.5)) options.facet = valid ? pick([...FACETS, null]) : (pick(['bogus', '', 'RISKS', '__proto__', 'constructor', 'toString']) as Facet);
  if (chance(0.4)) options.actor = valid ? pick([...actorIds, null, 'nobody']) : pick(['', '__proto__', 'constructor', hostile()]);
  if (chance(0.4)) options.limit = valid ? int(1, 25) : number();
  if (chance(0.4)) options.offset = valid ? int(0, 30) : number();
  if (chance(0.3)) options.perSource = chance(0.5);
  return { options, valid };
}

export interface AskCase {
  target: 'engine.ask';
  question: string;
  options: AskOptions;
  valid: boolean;
}

export function generateAsk(): AskCase {
  return { target: 'engine.ask', question: hostile(), ...randomAskOptions() };
}


export function runAsk({ question, options, valid }: AskCase): Outcome {
  const problems: Problems = [];
  const warnings: Problems = [];
  let answer;
  try {
    answer = runBounded(() => engine.ask(question, options), problems);
  } catch (error) {
    problems.push(threw(error));
    return { problems, warnings };
  }
  checkAnalyzer(question, problems);
  if (answer.results.length > 25) problems.push(`${answer.results.length} results (at most 25)`);
  for (const result of answer.results) {
    const paragraph = engine.paragraph(result.id);
    const raw = paragraph ? seedText.get(paragraph.file) : undefined;
    if (!paragraph || raw === undefined) {
      problems.push(`result ${result.id} names no paragraph of the corpus`);
      continue;
    }
    if (raw.slice(paragraph.start, paragraph.end) !== paragraph.text) problems.push(`paragraph ${paragraph.id} is not the span [${paragraph.start}, ${paragraph.end}) of ${paragraph.file}`);
    if (result.text !== paragraph.text) problems.push(`result ${result.id}: text differs from the paragraph`);
    if (result.excerpt === '' || !paragraph.text.includes(result.excerpt)) problems.push(`result ${result.id}: excerpt is not a substring of the paragraph: ${JSON.stringify(result.excerpt.slice(0, 80))}`);
    if (!raw.includes(result.excerpt)) problems.push(`result ${result.id}: excerpt is not in the seed file ${paragraph.file}`);
    if (valid && !Number.isFinite(result.score)) problems.push(`result ${result.id}: score ${result.score}`);
  }
  return { problems, warnings };
}

