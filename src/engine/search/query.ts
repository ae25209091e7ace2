// A question → what to look for: the concepts that must match (each with the words that count
// as a match and how much), the facet it asks about, the actors it names.
import type { Facet } from '../types.ts';
import { analyzeSurfaceWords, analyzeWords, isStopword, surfaceWords, type AnalyzedWord } from '../text/analyzer.ts';
import { isKnownWord } from '../text/everyday.ts';
import { ACTOR_IDS, ACTORS, CONCEPTS, FACET_QUESTION_CUES, STOPWORDS } from '../text/lexicon.ts';
import { foldCase } from '../text/normalize.ts';
import { correctTypos } from '../text/typos.ts';
import { peopleAskedInPerson } from './people.ts';
import { classifyFacet, facetFeatures, type FacetWeights } from './facet-classifier.ts';

/** One thing the question asks about, and the index terms that count as finding it. */
export interface Concept {
  /** The term as the question wrote it. */
  term: string;
  /** Index terms that count as a match, with the weight of each (the term itself: 1). */
  alternatives: Map<string, number>;
  /** Required concepts decide whether a paragraph is about the question at all. */
  role: 'required' | 'cue';
  /** The question's words behind the term. */
  words: string[];
}

/** The term a paragraph or sentence carries when it gives a date: what a "when" question needs. */
export const DATE_TERM = '__date';
const ASKS_WHEN = /\b(?:when|what (?:date|day|year|month)|which (?:date|day|year|month)|how long)\b/i;
/** "When" after a question word in its clause joins two clauses ("how did Beijing respond when Moscow…"): no date is asked. */
const JOINING_WHEN = /(\b(?:how|why|what|who|whom|whose|which|where)\b[^.?!;,]*?)(?<!\b(?:and|or|n)\s)\bwhen\b/gi;
const asksWhen = { test: (question: string) => ASKS_WHEN.test(question.replace(JOINING_WHEN, '$1')) };
/** A month's name, whole or cut short ("July", "Jul"), as a regular expression's source. */
export const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
/** A day of a month in the question ("the 4th of July", "July 3"): a claim about a date needs one too. */
const NAMES_DAY = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)? of ${MONTH_NAME}|${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?)\\b`, 'i');
/** The term a paragraph or sentence carries when it gives a count: what a "how many" question needs. */
export const COUNT_TERM = '__count';
const ASKS_HOW_MANY = /\b(?:how many|how much (?:money|aid|trade|investment)|what (?:number|figure|percentage|share|toll)|the (?:numbers?|figures?|statistics|stats|toll)\b)/i;

/** The term the closing sentence of each article carries: what "how does the op-ed end?" needs. */
export const CLOSING_TERM = '__closing';
const ASKS_CLOSING =
  /\b(?:at the (?:very )?(?:end|bottom)|ends? (?:with|on)|closing|closes (?:with|on)|close[sd]? out|closing out|wraps? up|wrapping up|conclude[sd]?|conclusions?|concluding|kicker|signs? off|sign-off|bottom line|(?:final|last) (?:line|lines|words?|paragraph|sentence|quote|quotation|citation|thoughts?)|ending)\b|\bend\W*$/i;

/** The term the opening sentence of each article carries: what "tl;dr?" and "give me the gist" need. */
export const LEAD_TERM = '__lead';
// A summary asked for. "What happened" only on its own: "what happened with the embassy?" asks about the embassy.
const ASKS_SUMMARY =
  /\b(?:tl;? ?dr|summary|summari[sz]e|sum (?:it|this|that) up|gist|overview|recap|in a nutshell|(?:main|key) (?:points?|takeaways?|facts)|takeaways?|rundown|catch me up|fill me in|brief me)\b|^\W*(?:so\W+)?what(?:['’]s| is| has)? (?:happened|happening|going on|(?:this|the) story|(?:this|it) (?:is )?all about)\W*$/i;

/** What a named piece says, argues or is about. */
const ASKS_WHAT_IT_SAYS = /\b(?:says?|said|saying|argues?|argued|arguing|claims?|claimed|writes?|thinks?|about|take|stance|position)\b/i;

/** The term an author box's sentences carry: what "who wrote the Middle East Outlook piece?" needs. */
export const AUTHOR_TERM = '__author';
// Who wrote a piece, not what its author thinks ("what does the author argue?").
const ASKS_AUTHOR =
  /\b(?:who(?:['’]s| is| was)?(?: even| actually)? (?:wrote|writes|authored|penned|is behind|the (?:author|writer))|written by|(?:author|writer)s? of (?:the|this|that)|byline|about the (?:author|writer))\b/i;
/** Marks a sentence that spells out an acronym ("Islamic Emirate of Afghanistan (IEA)"), followed by the acronym's term. */
export const SPELLS_OUT_PREFIX = '__spells_out_';
/** An acronym as typed: capitals, perhaps a hyphen ("IEA", "IS-K"), as a regular expression's source. */
export const ACRONYM = '[A-Z][A-Z-]{1,7}';
const TYPED_ACRONYM = new RegExp(`\\b${ACRONYM}\\b`);
/** Every mark's term begins so; no word's term does. */
export const isMark = (term: string) => term.startsWith('__');
// What an acronym stands for, not what the thing is ("what is the IEA doing?"). "Stands for" asks
// it only beside an acronym typed as one: "what the Taliban stand for" is their beliefs.
// A name asked for ("their official name", "what do they call their government") is found where it is spelled out too.
const ASKS_SPELLED_OUT = /\b(?:short for|acronyms?|abbreviations?|abbreviated|initials|full (?:form|name)|(?:official|proper|formal|real|other|another) name|call (?:themselves|itself|their (?:government|state|regime|country))|spell(?:s|ed)? out)\b/i;
const STANDS_FOR = /\bstands? for\b/i;
const asksSpelledOut = (question: string) => ASKS_SPELLED_OUT.test(question) || (STANDS_FOR.test(question) && hasAcronym(question));

/** A word typed as an acronym ("IEA" among lower-case words), or a short one English lacks ("iea"). */
function hasAcronym(question: string): boolean {
  if (/\p{Ll}/u.test(question) && TYPED_ACRONYM.test(question)) return true;
  return (foldCase(question).match(/\b[a-z]{2,5}\b/g) ?? []).some((word) => !isKnownWord(word) && !STOPWORDS.has(word));
}
// Words that ask for an ending, an author or a summary, or what an acronym stands for, are not themselves looked for.
const ASKS_FOR_MARK_ALL = new RegExp(`${ASKS_CLOSING.source}|${ASKS_AUTHOR.source}|${ASKS_SUMMARY.source}`, 'gi');
const ASKS_SPELLED_OUT_ALL = new RegExp(`${ASKS_SPELLED_OUT.source}|${STANDS_FOR.source}`, 'gi');
/**
 * What the asker needs the answer for, or where the talk is ("for a class debate", "for the
 * segment on…", "going back to the main point,"): the articles' own debates and segments are not asked about.
 */
const ASKERS_OWN_FRAME =
  /\bfor (?:a|an|my|our|the|this|tomorrow['’]s|today['’]s|next week['’]s) (?:[\w-]+ ){0,2}(?:debate|essay|assignment|presentation|homework|segment|episode|lecture|class|seminar|newsletter|podcast|video|thread|post|quiz|explainer|briefing|caption|script|slides?|deck|memo|lesson|write-?up)\b|^\W*(?:(?:ok(?:ay)?|so|and|but)\W+)?(?:going|coming|circling|getting) back to\b[^,?;:]*[,;:]/gi;

export interface QueryPlan {
  concepts: Concept[];
  facet: Facet | null;
  /** Whether the wording itself asks for the facet (a cue word or turn of phrase), not only the classifier's reading. */
  facetCued: boolean;
  actors: string[];
  /** Every analysed term of the question, stopwords too, in order. */
  terms: string[];
}

const MAX_QUESTION_TERMS = 40;
/** "4th", "3rd": a day of a month or a place in a list, never what a question is about. */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/** term → the groups of terms it shares a meaning with (and the weight of such a match). */
const synonymGroups = new Map<string, Array<{ terms: string[]; weight: number }>>();
function addGroup(terms: string[], weight: number): void {
  const group = { terms: [...new Set(terms)].filter(Boolean), weight };
  for (const term of group.terms) synonymGroups.set(term, [...(synonymGroups.get(term) ?? []), group]);
}
// A phrase ("rare earth elements") stands for itself, not for each of its words.
for (const concept of CONCEPTS) addGroup(concept.words.map((word) => analyzeWords(word)[0]?.term ?? ''), concept.weight);
// A question about a bloc also finds its members ("Central Asia" → Tajikistan), at less weight.
for (const actor of ACTORS) {
  for (const group of actor.memberOf ?? []) {
    const bloc = synonymGroups.get(group) ?? [];
    synonymGroups.set(group, [...bloc, { terms: [group, actor.id], weight: 0.6 }]);
  }
}

/** The term that stands for a term's meaning: the first of its first synonym group, or itself. */
export function meaningOf(term: string): string {
  return synonymGroups.get(term)?.[0]?.terms[0] ?? term;
}

const THIRD_PARTIES = new Set(ACTORS.filter((actor) => actor.thirdParty).map((actor) => actor.id));
const CUE_FACET = new Map<string, Facet>();
for (const facet of Object.keys(FACET_QUESTION_CUES) as Facet[]) {
  for (const word of FACET_QUESTION_CUES[facet]) CUE_FACET.set(word, facet);
}

/** Turns of phrase that ask for a facet without any one cue word. */
const FACET_PHRASES: Array<[RegExp, Facet]> = [
  [/\b(?:get out of|in it for|gain from|what for|why now|how come|the point of|(?:russia|moscow|the kremlin|putin) after|stick it to|(?:all|just|really|only|mostly) about|push(?:ed)? (?:russia|moscow|the kremlin|putin|them) (?:into|to)|(?:real|whole) (?:play|game|story)|part of (?:some|a|the|their|its) (?:plan|strategy|pivot|push|game))\b/i, 'drivers'],
  [/\b(?:go wrong|blow up|could fail|bite (?:them|russia|moscow)|come back to|because of (?:this|it|that)|as a result|worth it|what if|end up|make (?:things|it|this|them) worse|give (?:\w+ )?(?:radicals|militants|jihadis|groups|them|others) ideas|more (?:extreme|radical|dangerous)|(?:kinda|pretty|so|really) (?:dumb|stupid|risky|naive)|bad idea|what (?:happens|will happen|would happen) (?:to|if|now|next)|(?:is there|any) (?:a )?chance|help against|how (?:credible|reliable|dependable))\b/i, 'risks'],
  [/\b(?:make of it|think (?:of|about)|say (?:about|to)|on board|feel about|take on)\b/i, 'reactions'],
];

/** Cue words that only hint at a facet ("countries" may be asked about for any reason). */
const WEAK_CUES = new Set(['countries', 'others', 'world', 'community', 'neighbors', 'neighbours', 'point', 'behind', 'impact']);

/** Which facet the question's wording asks about, by its cue words; null when none does. Takes the question's analysis. */
export function facetOfQuestion(question: string, words: string[], analyzed: AnalyzedWord[]): Facet | null {
  const counts = new Map<Facet, number>();
  for (const [pattern, facet] of FACET_PHRASES) if (pattern.test(question)) counts.set(facet, (counts.get(facet) ?? 0) + 2);
  for (const word of words) {
    const facet = CUE_FACET.get(word);
    if (facet) counts.set(facet, (counts.get(facet) ?? 0) + (WEAK_CUES.has(word) ? 0.5 : 1));
  }
  let best: Facet | null = null;
  for (const [facet, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = facet;
  // With no cue, a question about another state or bloc asks where it stands.
  if (!best && analyzed.some((word) => THIRD_PARTIES.has(word.term))) return 'reactions';
  return best;
}

/** Which terms occur in so many paragraphs that they cannot tell one from another ("Russia"). */
export interface GenericTerms {
  // A method of the index, not a function handed over: a new index then brings no new function
  // for V8 to re-optimise every caller for (a reloaded corpus, each engine in the bench).
  isGeneric(term: string): boolean;
}

/** A question as read: typos corrected, its words, their analysis. */
interface ReadQuestion {
  question: string;
  asksSpelledOut: boolean;
  words: string[];
  analyzed: AnalyzedWord[];
}

function readQuestion(typed: string): ReadQuestion {
  const question = correctTypos(typed);
  const spelledOut = asksSpelledOut(question);
  const asked = question.replace(ASKERS_OWN_FRAME, ' ').replace(ASKS_FOR_MARK_ALL, ' ');
  const words = surfaceWords(spelledOut ? asked.replace(ASKS_SPELLED_OUT_ALL, ' ') : asked);
  return { question, asksSpelledOut: spelledOut, words, analyzed: analyzeSurfaceWords(words) };
}

/** The facet by the cue rules alone (the classifier's first feature), and the classifier's features. */
function facetReading({ question, words, analyzed }: ReadQuestion): { cued: Facet | null; features: string[] } {
  const cued = facetOfQuestion(question, words, analyzed);
  return { cued, features: facetFeatures(analyzed, cued) };
}

/** The facet classifier's features for a question, as planQuery reads them (for training it). */
export function questionFacetFeatures(typed: string): string[] {
  return facetReading(readQuestion(typed)).features;
}

/** A concept a question asks for by a mark a sentence carries (a date, an ending), not by a word. */
function markConcept(term: string, alternatives = new Map([[term, 1]])): Concept {
  return { term, alternatives, role: 'required', words: [] };
}

/**
 * Plans a question. Generic terms never count as synonyms of anything.
 * `namesSource`: the question named a piece (and its name was taken out of `typed`). Asking only
 * what the piece says ("what does the Middle East Outlook piece say?") asks for its gist; "what
 * is Three Corporate?" asks about the outlet, which no article covers.
 */
export function planQuery(typed: string, generic: GenericTerms, facetWeights: FacetWeights, namesSource = false): QueryPlan {
  // The question is analysed once: the facet is read from the same words.
  const read = readQuestion(typed);
  const { question, analyzed } = read;
  const concepts = new Map<string, Concept>();
  const actors = new Set<string>();
  for (const word of analyzed.slice(0, MAX_QUESTION_TERMS * 3)) {
    if (concepts.size >= MAX_QUESTION_TERMS) break;
    if (word.inPhrase) continue;
    if (ACTOR_IDS.has(word.term)) actors.add(word.term);
    // A cue with a meaning of its own in this story ("protesting", "stable") is also asked about.
    const isCue = word.words.length === 1 && CUE_FACET.has(word.words[0] as string) && !synonymGroups.has(word.term);
    if (concepts.has(word.term) || (isStopword(word) && !isCue) || ORDINAL.test(word.words[0]!)) continue;
    const alternatives = new Map<string, number>([[word.term, 1]]);
    // A subject word ("Russia") stands for itself only: its synonyms would match everything.
    for (const group of generic.isGeneric(word.term) ? [] : synonymGroups.get(word.term) ?? []) {
      for (const term of group.terms) {
        if (generic.isGeneric(term) || (alternatives.get(term) ?? 0) >= group.weight) continue;
        alternatives.set(term, group.weight);
      }
    }
    concepts.set(word.term, { term: word.term, alternatives, role: isCue ? 'cue' : 'required', words: word.words });
  }
  for (const [asks, mark] of [[asksWhen, DATE_TERM], [NAMES_DAY, DATE_TERM], [ASKS_HOW_MANY, COUNT_TERM], [ASKS_CLOSING, CLOSING_TERM], [ASKS_AUTHOR, AUTHOR_TERM]] as const) {
    if (asks.test(question)) concepts.set(mark, markConcept(mark));
  }
  for (const mark of peopleAskedInPerson(question)) concepts.set(mark, markConcept(mark));
  if (read.asksSpelledOut) {
    // Any of the question's words may be the acronym: the articles spell out few, so a wrong guess finds nothing.
    const spelledOut = new Map([...concepts.keys()].filter((term) => !isMark(term)).map((term) => [`${SPELLS_OUT_PREFIX}${term}`, 1]));
    concepts.set(SPELLS_OUT_PREFIX, markConcept(SPELLS_OUT_PREFIX, spelledOut));
  }
  const facet = facetReading(read);
  const onlyStory = [...concepts.values()].every((concept) => concept.role === 'cue' || generic.isGeneric(concept.term));
  // A summary of the story, when nothing else is asked: "in a nutshell, what reasons…" asks for the reasons.
  const asksGist = ASKS_SUMMARY.test(question) || (namesSource && ASKS_WHAT_IT_SAYS.test(question));
  if (onlyStory && facet.cued === null && asksGist) concepts.set(LEAD_TERM, markConcept(LEAD_TERM));
  // Nothing asked but the story itself and a cue ("why did Russia recognise the Taliban?"): the
  // cue is all there is to read, and the classifier, taught "did Russia recognise" by factual questions, read background.
  const readFacet = onlyStory && facet.cued !== null ? facet.cued : classifyFacet(facet.features, facetWeights);
  return { concepts: [...concepts.values()], facet: readFacet, facetCued: facet.cued !== null, actors: [...actors], terms: analyzed.map((word) => word.term) };
}
