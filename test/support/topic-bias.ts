// The shipped engine's corpus and index with a topic classifier that reads every question alike:
// a test can then tell what the words alone decide from what the learned classifier adds.
import { createEngine, TRAINED, type Engine } from '../../src/engine/engine.ts';

export const withTopicBias = (engine: Engine, bias: number): Engine => createEngine(engine.corpus, engine.index, { ...TRAINED, topic: { bias } });
