// Slash-command options: the real commands' names with plausible, wrong or junk values.
import { FACETS } from '../../src/engine/types.ts';
import { hostile } from './hostile.ts';
import { junk } from './junk.ts';
import { chance, int, pick, snowflake } from './random.ts';
import { actorIds, sourceIds } from './subject.ts';

const COMMANDS: Record<string, string[]> = {
  ask: ['question', 'facet', 'hide', 'mention'],
  drivers: ['topic', 'hide', 'mention'],
  risks: ['topic', 'hide', 'mention'],
  reactions: ['actor', 'hide', 'mention'],
  cite: ['source', 'paragraph', 'hide', 'mention'],
  compare: ['topic', 'hide', 'mention'],
  sources: ['hide'],
};
export const COMMAND_NAMES = Object.keys(COMMANDS);

function optionValue(name: string): unknown {
  if (chance(0.15)) return junk();
  switch (name) {
    case 'question': case 'topic': return hostile();
    case 'facet': return chance(0.7) ? pick(FACETS) : hostile();
    case 'hide': return chance(0.7) ? chance(0.5) : pick(['true', 'false', 1, 0, 'yes']);
    case 'mention': return chance(0.7) ? snowflake() : pick([hostile(), '0', '123456789012345678901', 12345]);
    case 'actor': return chance(0.6) ? pick(actorIds) : hostile();
    case 'source': return chance(0.6) ? pick(sourceIds) : hostile();
    case 'paragraph': return chance(0.6) ? int(-2, 40) : pick([hostile(), '7', 1.5, 1e20, -0]);
    default: return hostile();
  }
}

export function commandOptions(command: string, focused: boolean): unknown[] {
  const names = Object.hasOwn(COMMANDS, command) ? COMMANDS[command]! : ['question', hostile().slice(0, 40)];
  const options: Array<Record<string, unknown>> = [];
  for (const name of names) {
    if (!chance(name === names[0] ? 0.85 : 0.35)) continue;
    options.push({ type: pick([3, 3, 3, 4, 5, 6, 1, 2, 99, '3']), name: chance(0.95) ? name : hostile().slice(0, 40), value: optionValue(name) });
  }
  if (chance(0.1)) options.push({ type: 3, name: hostile().slice(0, 40), value: hostile() });
  if (chance(0.05)) options.push({ type: 1, name: 'sub', options: commandOptions(command, false) }); // a sub-command wrapper
  if (chance(0.05)) options.push(junk() as Record<string, unknown>);
  const objects = options.filter((o) => typeof o === 'object' && o !== null && !Array.isArray(o));
  if (focused && objects.length > 0) {
    for (const o of objects) if (chance(0.15)) o.focused = true;
    if (!objects.some((o) => o.focused) && chance(0.9)) pick(objects).focused = true;
  }
  return chance(0.03) ? (junk() as unknown[]) : options;
}

/** Every plausible user id given as a "mention" option anywhere in the options (nesting included). */
export function mentionsIn(options: unknown, found: string[] = [], depth = 0): string[] {
  if (!Array.isArray(options) || depth > 50) return found;
  for (const o of options as Array<{ name?: unknown; value?: unknown; options?: unknown }>) {
    if (typeof o !== 'object' || o === null) continue;
    if (o.name === 'mention' && typeof o.value === 'string' && /^\d{1,20}$/.test(o.value)) found.push(o.value);
    mentionsIn(o.options, found, depth + 1);
  }
  return found;
}
