// What the trainers share: softmax regression by stochastic gradient descent over examples in a
// fixed order (the same examples give the same weights), and how weights are written out.

export interface SoftmaxExample {
  features: string[];
  /** The classes it belongs to; its target is spread evenly over them. */
  targets: number[];
}

export interface SoftmaxSettings {
  epochs: number;
  rate: number;
  /** Weight decay, applied to a feature's weights each time the feature is seen. */
  decay: number;
}

/** Per feature seen, its weight for each of `classes` classes. */
export function softmaxRegression(examples: SoftmaxExample[], classes: number, { epochs, rate, decay }: SoftmaxSettings): Map<string, Float64Array> {
  const weights = new Map<string, Float64Array>();
  const row = (feature: string) => {
    let w = weights.get(feature);
    if (!w) weights.set(feature, (w = new Float64Array(classes)));
    return w;
  };
  const probabilities = new Float64Array(classes);
  const target = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { features, targets } of examples) {
      const rows = features.map(row);
      probabilities.fill(0);
      for (const w of rows) for (let c = 0; c < classes; c++) probabilities[c]! += w[c]!;
      const top = Math.max(...probabilities);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += probabilities[c] = Math.exp(probabilities[c]! - top);
      target.fill(0);
      for (const t of targets) target[t] = 1 / targets.length;
      for (const w of rows) for (let c = 0; c < classes; c++) w[c]! -= rate * (probabilities[c]! / sum - target[c]! + decay * w[c]!);
    }
  }
  return weights;
}

/** A weight as the files keep it: three decimals. */
export const roundWeight = (w: number) => Math.round(w * 1000) / 1000;

/** Entries in the order of their keys (the written files diff well). */
export const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
