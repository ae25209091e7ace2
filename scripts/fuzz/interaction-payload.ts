// (b) Random and malformed interaction payloads, JSON round-tripped as a transport parses them.
import { customId } from './button-id.ts';
import { COMMAND_NAMES, commandOptions, mentionsIn } from './command-options.ts';
import { hostile } from './hostile.ts';
import { junk } from './junk.ts';
import { chance, int, pick, snowflake } from './random.ts';

export function randomPayload(): { payload: unknown; mentions?: string[] } {
  if (chance(0.04)) return { payload: pick([null, 42, 'interaction', [], [1, 2, 3], true, {}, junk()]) };
  const userId = chance(0.92) ? snowflake() : pick(['', 'abc', '-1', '1'.repeat(25), hostile().slice(0, 30)]);
  const user = { id: userId, username: chance(0.8) ? 'fuzzer' : hostile().slice(0, 200), global_name: chance(0.5) ? hostile().slice(0, 200) : null };
  const payload: Record<string, unknown> = {
    id: chance(0.95) ? snowflake() : junk(),
    application_id: snowflake(),
    token: 'fuzz-token',
    version: 1,
    type: chance(0.95) ? pick([2, 2, 2, 2, 2, 4, 4, 3, 3]) : pick([0, 1, 5, 99, '2', null, 2.5, -2, 'APPLICATION_COMMAND']),
  };
  const where = int(0, 9);
  if (where < 7) payload.member = { user, roles: [], permissions: '0' };
  else if (where < 9) payload.user = user;
  else if (chance(0.5)) payload.member = junk();
  let mentions: string[] = [];
  switch (payload.type) {
    case 2: {
      if (chance(0.12)) {
        const target = snowflake();
        const content = chance(0.8) ? hostile() : junk();
        payload.data = {
          id: snowflake(),
          type: 3,
          name: chance(0.9) ? 'Find sources' : hostile().slice(0, 40),
          target_id: chance(0.9) ? target : hostile().slice(0, 30),
          resolved: chance(0.9) ? { messages: { [target]: { id: target, content, author: { id: snowflake() } } } } : junk(),
        };
        break;
      }
      const name = chance(0.9) ? pick(COMMAND_NAMES) : pick(['', 'unknown', 'Find sources', hostile().slice(0, 40), 'a'.repeat(33)]);
      const options = commandOptions(name, false);
      payload.data = chance(0.97) ? { id: snowflake(), type: chance(0.95) ? 1 : pick([2, 3, 99]), name, options } : junk();
      mentions = mentionsIn(options);
      break;
    }
    case 4: {
      const name = chance(0.9) ? pick(COMMAND_NAMES) : hostile().slice(0, 40);
      payload.data = chance(0.97) ? { id: snowflake(), type: 1, name, options: commandOptions(name, true) } : junk();
      break;
    }
    case 3: {
      const { customId: id, footer } = customId(userId);
      payload.data = chance(0.97) ? { custom_id: chance(0.97) ? id : junk(), component_type: pick([2, 2, 3, 99]) } : junk();
      payload.message = chance(0.9) ? { id: snowflake(), flags: pick([0, 64, -1, 1e10]), embeds: chance(0.8) ? [{ footer: { text: footer } }] : junk() } : junk();
      break;
    }
    default:
      payload.data = chance(0.5) ? junk() : { name: pick(COMMAND_NAMES), options: commandOptions('ask', false) };
  }
  if (chance(0.05)) payload[pick(['guild_id', 'channel', 'locale', 'entitlements', '__proto__', 'constructor'])] = junk();
  if (chance(0.03)) delete payload.id;
  // As a transport sees it: JSON parsed from the wire.
  return { payload: JSON.parse(JSON.stringify(payload)) as unknown, ...(mentions.length > 0 ? { mentions } : {}) };
}
