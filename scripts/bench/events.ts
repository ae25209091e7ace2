// What a corpus-size child reports to the parent: one JSON line per event on stdout.

export type MemoryStage = 'base' | 'plain' | 'corpus' | 'ours';

export type ChildEvent =
  | { e: 'phase'; name: string; at: number }
  | { e: 'corpus'; paragraphs: number; sources: number; generateMs: number }
  | { e: 'build'; what: 'plain' | 'ours' | 'corpus'; ms: number }
  | { e: 'verified'; same: boolean; corpusParagraphs: number; plainParagraphs: number }
  | { e: 'mem'; stage: MemoryStage; heap: number; rss: number }
  | { e: 'begin'; s: string; at: number }
  | { e: 't'; s: string; ms: number; results: number; q?: number }
  | { e: 'done' };

export const emit = (event: ChildEvent) => process.stdout.write(`${JSON.stringify(event)}\n`);
