// British spellings folded to American ones before stemming: stemmers cut "recognise" and
// "recognize" differently, so without this the two never meet.

/** Words ending in -ise that are not the British form of an -ize verb. */
const NOT_IZE = new Set([
  'advise', 'apprise', 'arise', 'chastise', 'circumcise', 'comprise', 'compromise', 'concise', 'crise',
  'demise', 'despise', 'devise', 'disguise', 'enterprise', 'excise', 'exercise', 'expertise',
  'franchise', 'guise', 'improvise', 'incise', 'merchandise', 'noise', 'otherwise', 'paradise',
  'poise', 'praise', 'precise', 'premise', 'promise', 'raise', 'reprise', 'revise', 'rise',
  'supervise', 'surmise', 'surprise', 'televise', 'treatise', 'wise', 'likewise', 'clockwise',
  'cruise', 'bruise', 'porpoise', 'tortoise', 'turquoise', 'valise', 'anise', 'mise', 'sunrise',
  'uprise', 'appraise', 'upraise', 'denise', 'louise', 'elise', 'vise',
]);

const IZE_FORM = /^(.{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/;
const OUR_WORDS = /^(behavi|col|fav|hon|lab|neighb|rum|hum|harb|flav|endeav|arm|vig|sav|cand|clam|splend|savi|val|vap|odo)our/;
const TRE_WORDS = /^(cen|thea|me|li|fib|cali|spec|somb|lus)tre(s|d)?$/;
const DOUBLED_L = /^(travel|cancel|label|model|fuel|signal|counsel|channel|level|marshal|total|tunnel|duel|jewel|rival|equal|dial|pencil|quarrel|shovel|worship)l(ed|ing|er|ers)$/;
// A Map, not an object literal: a word like "constructor" must not find Object's own properties.
const WHOLE_WORDS = new Map<string, string>(Object.entries({
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  programme: 'program', programmes: 'programs', judgement: 'judgment', ageing: 'aging',
  grey: 'gray', sceptic: 'skeptic', sceptical: 'skeptical', manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers', catalogue: 'catalog', dialogue: 'dialog', dialogues: 'dialogs',
  enrol: 'enroll', fulfil: 'fulfill', whilst: 'while', amongst: 'among', towards: 'toward',
  jewellery: 'jewelry', mould: 'mold', plough: 'plow', tyre: 'tire', kerb: 'curb',
}));

/** The American spelling of a lower-case word, or the word unchanged. */
export function americanSpelling(word: string): string {
  const whole = WHOLE_WORDS.get(word);
  if (whole) return whole;
  const ize = IZE_FORM.exec(word);
  if (ize && !NOT_IZE.has(`${ize[1]}ise`)) return `${ize[1]}iz${ize[2]}`;
  if (/^(anal|paral|catal|dial)ys(e|es|ed|ing)$/.test(word)) return word.replace(/ys(?=e|es|ed|ing)/, 'yz');
  if (OUR_WORDS.test(word)) return word.replace('our', 'or');
  if (TRE_WORDS.test(word)) return word.replace(/tre(s|d)?$/, (_, end: string | undefined) => `ter${end ?? ''}`);
  const doubled = DOUBLED_L.exec(word);
  if (doubled) return `${doubled[1]}${doubled[2]}`;
  return word;
}
