// The offline console: type `/ask why did Russia do it` and read the reply the bot would post,
// made by the same command handlers and fitted by the same Discord payload code.
import { createInterface } from 'node:readline';
import { InteractionResponseType } from 'discord-api-types/v10';
import type { Readable, Writable } from 'node:stream';
import { toInteractionResponse } from '../bot/discord-payload.ts';
import type { Dispatch } from '../bot/dispatcher.ts';
import type { Command, Invocation, OptionValue, Reply } from '../bot/types.ts';
import { renderTerminal } from '../render/terminal.ts';

const USER = { id: '0', name: 'console' };

export const CONSOLE_HELP = `Commands, as in Discord:
  /ask why did Russia recognise the Taliban        /ask question:... facet:risks hide:true
  /drivers [topic]   /risks [topic]   /reactions [actor]   /compare topic
  /cite SOURCE PARAGRAPH   /sources
  find TEXT          what "Find sources" on a message with TEXT would show
  choices COMMAND OPTION [typed]   what autocomplete offers
  more | post publicly             press a button of the last reply
  help | quit`;

interface OptionSpec {
  name: string;
  type: number;
  required?: boolean;
}

const INTEGER = 4;
const BOOLEAN = 5;

function convert(spec: OptionSpec | undefined, value: string): OptionValue {
  if (spec?.type === INTEGER && /^-?\d+$/.test(value)) return Number(value);
  if (spec?.type === BOOLEAN) return value === 'true' || value === 'yes';
  return value;
}

/** "/cite 002 7" or "/ask question:why facet:risks": explicit name:value pairs, the rest positional. */
export function parseCommandLine(line: string, commands: Command[]): { name: string; options: Record<string, OptionValue> } | string {
  const match = /^\/(\S+)\s*(.*)$/s.exec(line);
  if (!match) return 'Commands start with "/". Type help for the list.';
  const command = commands.find((c) => c.kind === 'slash' && c.definition.name === match[1]);
  if (!command) return `There is no command /${match[1]}. Type help for the list.`;
  const specs = (command.definition.options ?? []) as OptionSpec[];
  const options: Record<string, OptionValue> = {};
  const names = specs.map((s) => s.name).join('|');
  let rest = match[2]!;
  if (names) {
    const named = new RegExp(`(?:^|\\s)(${names}):(.*?)(?=\\s(?:${names}):|$)`, 'gs');
    rest = rest.replace(named, (_all, name: string, value: string) => {
      options[name] = convert(specs.find((s) => s.name === name), value.trim());
      return ' ';
    });
  }
  const positional = specs.filter((s) => (s.required || s === specs[0]) && !(s.name in options) && s.name !== 'hide' && s.name !== 'mention');
  const words = rest.trim() === '' ? [] : rest.trim().split(/\s+/);
  positional.forEach((spec, i) => {
    const take = i === positional.length - 1 ? words.splice(0) : words.splice(0, 1);
    if (take.length > 0) options[spec.name] = convert(spec, take.join(' '));
  });
  return { name: match[1]!, options };
}

export interface ConsoleOptions {
  dispatch: Dispatch;
  commands: Command[];
  input: Readable;
  output: Writable;
  prompt?: boolean;
}

/** Runs the console until the input ends or the user types quit. */
export async function runConsole({ dispatch, commands, input, output, prompt = false }: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  let lastButtons: Array<{ label: string; customId: string }> = [];
  let lastFooter = '';
  let sequence = 0;
  const nextId = () => String(++sequence);

  const show = (reply: Reply) => {
    const response = toInteractionResponse(reply);
    if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      const choices = response.data.choices;
      write(choices.length === 0 ? '(no choices)' : choices.map((c) => `  ${c.name}  →  ${c.value}`).join('\n'));
      return;
    }
    lastButtons = response.data.components.flatMap((row) => row.components.map((b) => ({ label: b.label, customId: b.custom_id })));
    lastFooter = response.data.embeds[0]?.footer?.text ?? '';
    write(renderTerminal(response.data));
  };

  function invocationFor(line: string): Invocation | string {
    const button = lastButtons.find((b) => b.label.toLowerCase() === line.toLowerCase() || b.label.toLowerCase().startsWith(`${line.toLowerCase()} `));
    if (button) return { kind: 'button', id: nextId(), customId: button.customId, user: USER, messageFooter: lastFooter };
    const find = /^find\s+(.+)$/is.exec(line);
    if (find) return { kind: 'message-command', id: nextId(), name: 'Find sources', user: USER, message: { id: '1', content: find[1]!, authorId: '1' } };
    const choices = /^choices\s+(\S+)\s+(\S+)\s*(.*)$/is.exec(line);
    if (choices) return { kind: 'autocomplete', id: nextId(), name: choices[1]!, user: USER, options: { [choices[2]!]: choices[3]! }, focused: choices[2]! };
    const parsed = parseCommandLine(line, commands);
    if (typeof parsed === 'string') return parsed;
    return { kind: 'command', id: nextId(), user: USER, ...parsed };
  }

  if (prompt) write(`Offline console: no Discord connection. ${CONSOLE_HELP}\n`);
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^(quit|exit)$/i.test(line)) break;
    if (/^\/?help$/i.test(line)) {
      write(CONSOLE_HELP);
      continue;
    }
    const invocation = invocationFor(line);
    if (typeof invocation === 'string') write(invocation);
    else show(dispatch(invocation));
    write('');
  }
  lines.close();
}
