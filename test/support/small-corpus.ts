// A one-source corpus built from paragraphs given in a test, padded with unrelated background so
// that the test's words are rare (as a real corpus would make them), with optional note files.
import { corpusOf, readSeeds } from '../../src/engine/corpus/load.ts';
import { createEngine, TRAINED, type Engine } from '../../src/engine/engine.ts';
import { NOTE_FILES } from '../../src/engine/corpus/paragraph-notes.ts';

const BACKGROUND = [
  'The border crossing reopened after a week of repairs.',
  'A new school opened in the valley, with room for four hundred pupils.',
  'Doctors from the city hospital visited three villages in the hills.',
  'The football team lost its opening match of the season.',
  'A bridge over the river was closed for inspection in March.',
  'Teachers asked for higher pay and smaller classes.',
  'The museum showed carpets woven over two centuries.',
  'Heavy snow cut the mountain road for four days.',
];

const MANIFEST = JSON.stringify({
  version: 1,
  sources: [{ id: 'trade', file: 'trade.txt', title: 'Trade notes', outlet: '', author: '', date: '', url: '', kind: 'report', notes: '' }],
});

/** The note files' texts, by file (src/engine/corpus/paragraph-notes.ts). */
export interface SmallNotes {
  keywords?: string;
  asked?: string;
  prior?: string;
}

/** Paragraph N of `paragraphs` gets the id `trade#pN`. */
export function smallEngine(paragraphs: string[], notes: SmallNotes = {}): Engine {
  const text = [...paragraphs, ...BACKGROUND].join('\n\n') + '\n';
  const noteFiles = NOTE_FILES.flatMap(({ name }) => {
    const note = notes[name.replace('.json', '') as keyof SmallNotes];
    return note === undefined ? [] : [{ name, text: note }];
  });
  // The topic classifier was trained on questions about Russia and the Taliban: this corpus is about wheat.
  return createEngine(corpusOf(readSeeds(MANIFEST, () => new TextEncoder().encode(text), 'sources.json', noteFiles)), undefined, { ...TRAINED, topic: {} });
}
