// Checks on an answer: Discord's limits, and where it first differs from the expected one.
import { isDeepStrictEqual } from 'node:util';
import { DISCORD_LIMITS as LIMITS } from '../support/discord-limits.ts';

export function limitProblems(response: unknown): string[] {
  const problems: string[] = [];
  const r = response as { type?: number; data?: Record<string, unknown> };
  const data = r.data ?? {};
  if (r.type === 8) {
    const choices = (data.choices ?? []) as Array<{ name: string; value: unknown }>;
    if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices`);
    for (const c of choices) {
      if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > LIMITS.choiceName) problems.push('choice name out of limits');
      if (typeof c.value === 'string' && c.value.length > LIMITS.choiceValue) problems.push('choice value over 100');
    }
    return problems;
  }
  if (r.type !== 4 && r.type !== 7) return problems;
  if (typeof data.content === 'string' && data.content.length > LIMITS.content) problems.push(`content ${data.content.length} > ${LIMITS.content}`);
  const embeds = (data.embeds ?? []) as Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text?: string } }>;
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    const add = (text: string | undefined, max: number, what: string) => {
      if (text === undefined) return;
      total += text.length;
      if (text.length > max) problems.push(`${what} ${text.length} > ${max}`);
    };
    add(e.title, LIMITS.embedTitle, 'embed title');
    add(e.description, LIMITS.embedDescription, 'embed description');
    add(e.footer?.text, LIMITS.footer, 'embed footer');
    if ((e.fields ?? []).length > LIMITS.embedFields) problems.push(`${e.fields!.length} fields`);
    for (const f of e.fields ?? []) {
      add(f.name, LIMITS.fieldName, 'field name');
      add(f.value, LIMITS.fieldValue, 'field value');
    }
  }
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} > ${LIMITS.embedTotal}`);
  for (const row of (data.components ?? []) as Array<{ components?: Array<{ custom_id?: string; label?: string }> }>) {
    for (const b of row.components ?? []) {
      if (!b.custom_id || b.custom_id.length > LIMITS.customId) problems.push('custom_id out of limits');
      if ((b.label ?? '').length > LIMITS.buttonLabel) problems.push('button label over 80');
    }
  }
  const mentions = data.allowed_mentions as { parse?: unknown[] } | undefined;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length > 0) problems.push('allowed_mentions.parse is not empty');
  return problems;
}

/** Where two JSON values first differ: the path, and a little of each side around the difference. */
export function firstDifference(got: unknown, want: unknown, path = ''): string {
  if (typeof got === 'string' && typeof want === 'string') {
    let at = 0;
    while (at < got.length && got[at] === want[at]) at++;
    const from = Math.max(0, at - 40);
    return `${path || '(root)'} at character ${at}: got ${JSON.stringify(got.slice(from, at + 60))}, expected ${JSON.stringify(want.slice(from, at + 60))}`;
  }
  if (typeof got === 'object' && got !== null && typeof want === 'object' && want !== null) {
    const keys = [...new Set([...Object.keys(got), ...Object.keys(want)])];
    for (const key of keys) {
      const a = (got as Record<string, unknown>)[key];
      const b = (want as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, Array.isArray(got) ? `${path}[${key}]` : `${path}.${key}`);
    }
  }
  return `${path || '(root)'}: got ${JSON.stringify(got)?.slice(0, 80)}, expected ${JSON.stringify(want)?.slice(0, 80)}`;
}
