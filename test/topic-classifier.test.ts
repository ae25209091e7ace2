// Whether a question is about the coverage at all, read by a classifier trained on the labelled
// tuning questions (answerable against off-topic): up to date with the sets, its log-odds move the
// decline bar both ways, and it never makes a question answered that no paragraph's words match.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine, TRAINED } from '../src/engine/engine.ts';
import { planQuery } from '../src/engine/search/query.ts';
import { weighConcepts } from '../src/engine/search/rank.ts';
import { TopicClassifier, topicFeatures } from '../src/engine/search/topic-classifier.ts';
import { wordFeatures } from '../src/engine/search/question-features.ts';
import { TOPIC_TRAINING_DIGEST } from '../src/engine/search/topic-weights.ts';
import { trainingDigest, trainingSet } from '../scripts/learn/training-set.ts';
import { withTopicBias } from './support/topic-bias.ts';

const engine = createEngine(loadCorpus(new URL('../seeds', import.meta.url).pathname));

describe('the topic classifier', () => {
  it('was trained on the tuning sets as they stand, off-topic questions included (after editing one, run npm run train)', () => {
    expect(TOPIC_TRAINING_DIGEST).toBe(trainingDigest(trainingSet()));
  });

  it('reads the words, the terms asked about, their meanings and the words no article says; a feature it never learned adds nothing', () => {
    const featuresOf = (question: string) => {
      const plan = planQuery(question, engine.index, TRAINED.facets);
      return topicFeatures(wordFeatures(plan), weighConcepts(plan, engine.index));
    };
    expect(featuresOf('how did beijing react')).toEqual(expect.arrayContaining(['bias', 'w:how', 'w:china', 'w:react']));
    // A word counts once: its term and meaning are not added again when they are the word itself.
    expect(featuresOf('how did beijing react').filter((f) => f.endsWith(':china'))).toEqual(['w:china']);
    expect(featuresOf('did the jihadists object')).toEqual(expect.arrayContaining(['w:jihadist', 'm:terror']));
    // A synonym group counts once, by its meaning; and each word no article says is counted.
    expect(featuresOf('did extremists object').filter((f) => f.startsWith('m:'))).toHaveLength(2);
    expect(featuresOf('is coffee bad').filter((f) => f.startsWith('unsaid:'))).toEqual(['unsaid:1']);
    expect(new TopicClassifier({ bias: -1, 'w:china': 2.5 }).logit(['bias', 'w:china', 'w:unheard'])).toBe(1.5);
    expect(new TopicClassifier({}).logit(['w:unheard', 'constructor', '__proto__'])).toBe(0);
  });

  it('its log-odds decide between answering and declining a question the articles touch', () => {
    const question = 'how did China react?';
    expect(withTopicBias(engine, 0).ask(question).results.length).toBeGreaterThan(0);
    expect(withTopicBias(engine, -100).ask(question).results).toEqual([]);
  });

  it('however sure it is, a question whose words no paragraph has gets nothing', () => {
    const sure = withTopicBias(engine, 100);
    for (const question of ['zxqv blorf', 'Who won the World Cup?', 'best pasta recipe']) expect(sure.ask(question).results).toEqual([]);
  });
});
