// Plain-text output: durations and aligned tables.

/**
 * A duration in ms, with fewer decimals as it grows; `seconds` shows ≥ 10 s in seconds, `subMs`
 * gives a third decimal under 1 ms.
 */
export function fmtMs(ms: number | null | undefined, { seconds = true, subMs = true } = {}): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (seconds && ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1 || !subMs) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

/** One row of cells padded to `widths`: the first column and those in `left` aligned left, the rest right. */
export function alignRow(cells: string[], widths: number[], left: number[] = []): string {
  return cells.map((c, i) => (i === 0 || left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

/** A plain-text table under a rule; `left` lists the columns aligned left (the first always is). */
export function table(headers: string[], rows: string[][], left: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => alignRow(cells, widths, left).trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
