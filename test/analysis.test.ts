// Tokens and folding: the article and the question must reach the same index terms however they
// are typed (dashes, curly apostrophes, capitals, diacritics, British or American spelling,
// names or their aliases). Expected values come from the lexicon's rules and the seeds' wording.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { analyzeWords, indexTerms, isStopword, surfaceWords, termOf } from '../src/engine/text/analyzer.ts';
import { americanSpelling } from '../src/engine/text/spelling.ts';
import { actorsIn } from '../src/engine/corpus/load.ts';
import { ACTORS, SHORTHAND } from '../src/engine/text/lexicon.ts';

const seed = (file: string) => readFileSync(fileURLToPath(new URL(`../seeds/${file}`, import.meta.url)), 'utf8');

describe('ISIS-K, however it is written, is one actor term', () => {
  const spellings = [
    'ISIS\u2011K', // non-breaking hyphen, as seed 001 writes it
    'ISIS-K',
    'IS-K',
    'ISKP',
    'Islamic State-Khorasan Province',
    'Islamic State-Khorasan',
    'Islamic State Khorasan Province',
  ];

  it.each(spellings)('%j → iskp', (spelling) => {
    expect(indexTerms(spelling)).toEqual(['iskp']);
    expect(termOf(spelling)).toBe('iskp');
  });

  it('all spellings give the same term', () => {
    expect(new Set(spellings.map((s) => indexTerms(s).join(' '))).size).toBe(1);
  });

  it('the seed really uses U+2011, and its paragraph is found as mentioning ISIS-K', () => {
    const raw = seed('001_ac23939537ec60fd.txt');
    expect(raw).toContain('ISIS\u2011K');
    const line = raw.split('\n').find((l) => l.includes('ISIS\u2011K'))!;
    expect(actorsIn(line)).toContain('iskp');
  });

  it('the word "is" in an ordinary sentence does not become ISIS-K', () => {
    expect(indexTerms('This is key for Russia')).not.toContain('iskp');
  });
});

describe('dashes', () => {
  it('North–South (en dash) splits into two words', () => {
    const terms = indexTerms('North\u2013South');
    expect(terms).toContain(stemmer('north'));
    expect(terms).toContain(stemmer('south'));
    expect(terms.some((t) => t.includes('\u2013'))).toBe(false);
    expect(surfaceWords('North\u2013South')).toEqual(['north', 'south']);
  });

  it('North–South matches North-South and North South', () => {
    expect(indexTerms('North\u2013South corridor')).toEqual(indexTerms('North-South corridor'));
    expect(indexTerms('North\u2013South corridor')).toEqual(indexTerms('North South corridor'));
  });

  it('an en dash between names splits them into both actors', () => {
    expect(indexTerms('Russia\u2013Afghanistan Relations')).toEqual(expect.arrayContaining(['russia', 'afghanistan']));
  });

  it('an em dash joining words splits them', () => {
    expect(surfaceWords('engagement\u2014a high-stakes move')).toEqual(expect.arrayContaining(['engagement', 'a', 'high']));
  });
});

describe('apostrophes and possessives', () => {
  it.each([
    ['Taliban\u2019s', 'Taliban'],
    ["Taliban's", 'Taliban'],
    ['Moscow\u2019s', 'Moscow'],
    ['Afghans\u2019', 'Afghans'],
    ['Tajikistan\u2019s', 'Tajikistan'],
    ['women\u2019s', 'women'],
  ])('%j → same terms as %j', (written, plain) => {
    expect(indexTerms(written)).toEqual(indexTerms(plain));
    expect(indexTerms(written)).toHaveLength(1);
  });

  it('Taliban’s is the taliban actor', () => {
    expect(indexTerms('the Taliban\u2019s return to power')).toContain('taliban');
  });

  it('curly-quoted contractions are stopwords like straight ones', () => {
    expect(indexTerms('don\u2019t')).toEqual([]);
    expect(indexTerms("don't")).toEqual([]);
  });
});

describe('case and diacritics', () => {
  it('case does not matter for ordinary words and names', () => {
    expect(indexTerms('TALIBAN')).toEqual(indexTerms('taliban'));
    expect(indexTerms('Taliban')).toEqual(indexTerms('taliban'));
    expect(indexTerms('KREMLIN')).toEqual(['russia']);
  });

  it('diacritics are folded', () => {
    expect(indexTerms('Türkiye')).toEqual(indexTerms('Turkiye'));
    expect(indexTerms('Türkiye')).toEqual(['turkey']);
    expect(indexTerms('Émigré')).toEqual(indexTerms('emigre'));
    expect(indexTerms('café')).toEqual(indexTerms('cafe'));
  });

  it('invisible marks and full-width letters do not change a word', () => {
    expect(indexTerms('Tali\u200bban')).toEqual(['taliban']);
    expect(indexTerms('\u200fTaliban\u200e')).toEqual(['taliban']);
    expect(indexTerms('\uff34\uff41\uff4c\uff49\uff42\uff41\uff4e')).toEqual(['taliban']); // full-width "Taliban"
  });
});

describe('British and American spelling', () => {
  it.each([
    [['recognise', 'recognize', 'recognising', 'recognizing', 'recognised', 'recognized', 'recognises', 'recognizes']],
    [['stabilisation', 'stabilization']],
    [['stabilise', 'stabilize', 'stabilising', 'stabilizing']],
    [['labour', 'labor']],
    [['labourers', 'laborers']],
    [['centre', 'center']],
    [['centres', 'centers']],
    [['organisation', 'organization']],
    [['favour', 'favor']],
    [['neighbours', 'neighbors']],
    [['defence', 'defense']],
    [['analyse', 'analyze']],
  ])('%j give one stem', (words) => {
    const terms = words.map((word) => indexTerms(word));
    for (const t of terms) expect(t).toHaveLength(1);
    expect(new Set(terms.map((t) => t[0])).size).toBe(1);
  });

  it('"crises" and "crisis" give one term (the stemmer alone cuts them apart)', () => {
    expect(americanSpelling('crises')).toBe('crises');
    expect(indexTerms('crises')).toEqual(indexTerms('crisis'));
  });

  it('"important" is one term with "importance", and not the trade word "import" the stemmer folds it into', () => {
    expect(indexTerms('important')).toEqual(indexTerms('importance'));
    expect(indexTerms('important')).not.toEqual(indexTerms('imports'));
    expect(indexTerms('imports')).toEqual(indexTerms('import'));
  });

  it.each(['promise', 'promised', 'promising', 'crisis', 'rise', 'rises', 'rising', 'arise', 'raise', 'praise', 'surprise', 'exercise', 'premise', 'compromise', 'advise', 'revise', 'otherwise', 'expertise'])(
    '%j is not turned into an -ize form',
    (word) => {
      expect(americanSpelling(word)).toBe(word);
      // Stemmed as written: no spelling change happened on the way.
      expect(indexTerms(word)).toEqual([stemmer(word)]);
      expect(indexTerms(word)[0]).not.toMatch(/iz/);
    },
  );
});

describe("chat's W", () => {
  it('a capital W among lower-case words is a win', () => {
    expect(indexTerms('a big W for the Taliban')).toEqual(indexTerms('a big win for the Taliban'));
  });

  it('a lower-case w is "with", and a W in a question typed in capitals is only a letter', () => {
    expect(indexTerms('talks w the taliban')).toEqual(indexTerms('talks with the taliban'));
    expect(indexTerms('A BIG W')).not.toContain(indexTerms('win')[0]);
  });
});

describe('US, U.S. and us', () => {
  const unitedStates = indexTerms('the position of the United States');

  it('the United States is the usa actor', () => {
    expect(unitedStates).toContain('usa');
  });

  it.each(['the position of the US', 'the position of the U.S.'])('%j → the United States', (text) => {
    expect(indexTerms(text)).toEqual(unitedStates);
  });

  it('U.S.-backed mentions the United States', () => {
    expect(indexTerms('U.S.-backed mujahideen')).toContain('usa');
    expect(actorsIn('fiercely resisted by U.S.-backed, Gulf-sponsored and Pakistan-trained Afghan mujahideen')).toContain('usa');
  });

  it('lowercase "us" is a stopword, not the United States', () => {
    const [us] = analyzeWords('us');
    expect(us && isStopword(us)).toBe(true);
    expect(indexTerms('Tell us why Russia did it')).not.toContain('usa');
    expect(indexTerms('Give us the facts')).toEqual(indexTerms('Give the facts'));
    expect(indexTerms('Us and them')).not.toContain('usa');
  });

  it('a dotted U.S. is the United States even in a question typed in capitals', () => {
    // "U.S." with its dots is never the word "us"; only "US" is ambiguous in capitals.
    expect(indexTerms('WHAT DID THE U.S. SAY?')).toContain('usa');
  });

  it('U.S.A. is the United States', () => {
    expect(indexTerms('What did the U.S.A. say?')).toContain('usa');
  });
});

describe('aliases of actors', () => {
  it.each([
    ['Moscow', 'russia'],
    ['Kremlin', 'russia'],
    ['the Russian Federation', 'russia'],
    ['Beijing', 'china'],
    ['New Delhi', 'india'],
    ['Tehran', 'iran'],
    ['IEA', 'taliban'],
    ['Islamic Emirate', 'taliban'],
    ['Islamic Emirate of Afghanistan', 'taliban'],
    ['UNSC', 'un'],
    ['United Nations', 'un'],
    ["bin Laden's", 'al-qaeda'],
  ])('%j → %s', (name, actor) => {
    expect(indexTerms(name)).toEqual([actor]);
  });

  it('a multi-word name is one term, not its words', () => {
    expect(indexTerms('New Delhi')).not.toContain(stemmer('new'));
    expect(indexTerms('Islamic Emirate')).not.toContain(stemmer('islamic'));
  });

  it('aliases are found inside sentences of the seeds', () => {
    expect(actorsIn('encourage deeper coordination with Beijing and Tehran on regional security')).toEqual(expect.arrayContaining(['china', 'iran']));
    expect(actorsIn('New Delhi has increased diplomatic engagements with the Taliban government')).toEqual(expect.arrayContaining(['india', 'taliban']));
    expect(actorsIn('a permanent member of the United Nations Security Council (UNSC) with veto power')).toContain('un');
    expect(actorsIn('The Kremlin’s decision to normalize ties')).toContain('russia');
  });
});

describe('the way people type in a chat', () => {
  it.each([
    ['ru', 'russia'],
    ['RU', 'russia'],
    ['govts', indexTerms('governments')[0]!],
    ['intl', indexTerms('international')[0]!],
    ['mullahs', 'taliban'],
    ['xi', 'china'],
    ['Uzbeks', 'uzbekistan'],
    ['the Emiratis', 'uae'],
    ['pak', 'pakistan'],
    ['IND', 'india'],
    ['uzb', 'uzbekistan'],
    ['tbn', 'taliban'],
    ['reaxn', indexTerms('reaction')[0]!],
  ])('%j → %s', (typed, term) => {
    expect(indexTerms(typed)).toEqual([term]);
  });

  it('country codes as chat uses them: "ind vs pak stance"', () => {
    expect(indexTerms('ind vs pak stance')).toEqual(indexTerms('india vs pakistan stance'));
    expect(indexTerms('ru mfa said wat')).toEqual(indexTerms('russia foreign ministry said what'));
  });

  it('shorthand for small words is dropped like the words it stands for', () => {
    expect(indexTerms('tf is ru doing w the taliban thru all this smth')).toEqual(['russia', 'taliban']);
  });

  it('slashed shorthand is the word it stands for, not a stray letter: "w/o", "b/c"', () => {
    expect(indexTerms('talks w/o recognition b/c of women')).toEqual(indexTerms('talks without recognition because of women'));
    expect(indexTerms('W/O recognition')).toEqual(indexTerms('without recognition'));
  });

  it('a person the articles know only by title is read as the title', () => {
    expect(indexTerms('did Lavrov fly to Kabul')).toEqual(indexTerms('did foreign minister fly to Kabul'));
  });

  it('every name of an actor is read as that actor, whatever shorthand is spelled out', () => {
    for (const actor of ACTORS) for (const name of actor.names) expect(indexTerms(name), name).toEqual([actor.id]);
  });

  it('no actor name is also shorthand: its spelled-out words would all become the actor', () => {
    for (const actor of ACTORS) for (const name of actor.names) expect(SHORTHAND.has(name), name).toBe(false);
  });

  it('a drawn-out word is the word itself', () => {
    expect(surfaceWords('sooo gooood lmaooo Russiaaa')).toEqual(['so', 'good', 'lmao', 'russia']);
  });

  it('chat filler says nothing about the subject', () => {
    for (const filler of ['ngl', 'lowkey', 'fr', 'bruh', 'literally', 'tbf']) expect(indexTerms(filler), filler).toEqual([]);
  });

  it('"deal w the taliban" is not a way of dealing with something', () => {
    expect(indexTerms('the doha deal w the taliban')).toEqual([stemmer('doha'), 'taliban']);
  });
});
