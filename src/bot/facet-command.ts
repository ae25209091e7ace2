// The facet commands (/drivers, /risks, /reactions): a facet's best excerpts, optionally narrowed
// to a topic or an actor the corpus knows, offered by autocomplete and checked again on submit.
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { Facet } from '../engine/types.ts';
import type { Engine, Topic } from '../engine/engine.ts';
import { filterChoices } from './autocomplete.ts';
import { escapeUserText } from './discord-payload.ts';
import { lookupReply } from './lookup.ts';
import { HIDE_OPTION, InputError, lookupFlags, MENTION_OPTION, questionText, stringOption } from './options.ts';
import type { SlashCommand } from './types.ts';

interface Narrowing {
  option: 'topic' | 'actor';
  description: string;
  /** What autocomplete offers. */
  known: (engine: Engine) => Topic[];
  /** Whether a submitted value must be one of `known` (an actor) or may be free text (a topic). */
  strict: boolean;
}

export const BY_TOPIC: Narrowing = { option: 'topic', description: 'Narrow to a topic (e.g. terrorism, resources, migration)', known: (e) => e.topics(), strict: false };
export const BY_ACTOR: Narrowing = { option: 'actor', description: 'Narrow to one country, bloc or group', known: (e) => e.actors(), strict: true };

function resolve(value: string, narrowing: Narrowing, engine: Engine): string {
  const known = narrowing.known(engine);
  const lower = value.toLowerCase();
  // A client may send the choice's name instead of its value.
  const match = known.find((k) => k.id === value || k.label.toLowerCase() === lower);
  if (match) return match.id;
  if (narrowing.strict) throw new InputError(`I don't know the ${narrowing.option} "${escapeUserText(value)}". Pick one from the list.`);
  return questionText(value, narrowing.option);
}

export function facetCommand(facet: Facet, description: string, narrowing: Narrowing): SlashCommand {
  return {
    kind: 'slash',
    definition: {
      name: facet,
      type: ApplicationCommandType.ChatInput,
      description,
      options: [
        { type: ApplicationCommandOptionType.String, name: narrowing.option, description: narrowing.description, autocomplete: true, max_length: 100 },
        HIDE_OPTION,
        MENTION_OPTION,
      ],
    },
    run(invocation, { engine }) {
      const raw = stringOption(invocation, narrowing.option)?.trim();
      const query = raw ? resolve(raw, narrowing, engine) : '';
      const { hidden, mentionUserId } = lookupFlags(invocation);
      return lookupReply({ command: facet, query, facet, offset: 0, owner: invocation.user.id, hidden }, engine, mentionUserId);
    },
    autocomplete(invocation, { engine }) {
      const typed = String(invocation.options[invocation.focused] ?? '');
      return filterChoices(
        narrowing.known(engine).map((k) => ({ name: k.label, value: k.id })),
        typed,
      );
    },
  };
}
