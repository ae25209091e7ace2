// Message context menu "Find sources": the excerpts that support or concern the claim in a message.
import { ApplicationCommandType } from 'discord-api-types/v10';
import { lookupReply } from '../src/bot/lookup.ts';
import { InputError, MAX_QUESTION_CHARS, searchableText } from '../src/bot/options.ts';
import type { MessageCommand } from '../src/bot/types.ts';

export const findSources: MessageCommand = {
  kind: 'message',
  definition: { name: 'Find sources', type: ApplicationCommandType.Message },
  run(invocation, { engine }) {
    const claim = searchableText(invocation.message.content).slice(0, MAX_QUESTION_CHARS);
    if (claim === '') throw new InputError('That message has no text to look up.');
    return lookupReply({ command: 'find-sources', query: claim, facet: null, offset: 0, owner: invocation.user.id, hidden: true }, engine);
  },
};
