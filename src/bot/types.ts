// What flows between transports, the dispatcher and the commands: plain data, no Discord client.
import type { Engine } from '../engine/engine.ts';

export type OptionValue = string | number | boolean;

export interface User {
  id: string;
  name: string;
}

/** An interaction, as every transport hands it over. */
export type Invocation =
  | { kind: 'command'; id: string; name: string; options: Record<string, OptionValue>; user: User }
  | { kind: 'autocomplete'; id: string; name: string; options: Record<string, OptionValue>; focused: string; user: User }
  /** `messageFooter`: the footer of the clicked message's first embed, where an answer states its question. */
  | { kind: 'button'; id: string; customId: string; user: User; messageFooter: string }
  | { kind: 'message-command'; id: string; name: string; message: { id: string; content: string; authorId: string }; user: User };

export interface Field {
  name: string;
  value: string;
}

export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  fields?: Field[];
  footer?: string;
}

export interface Button {
  customId: string;
  label: string;
  style: 'primary' | 'secondary';
}

/** A message as a command wants it shown; the Discord payload module makes it fit. */
export interface MessageView {
  content?: string;
  embeds?: Embed[];
  buttons?: Button[];
  /** Only the person who asked sees it. */
  ephemeral?: boolean;
  /** The one user this message may ping. */
  mentionUserId?: string;
}

export interface Choice {
  name: string;
  value: string | number;
}

export type Reply =
  | { kind: 'message'; view: MessageView }
  /** Replaces the message the clicked button sits on. */
  | { kind: 'update'; view: MessageView }
  | { kind: 'choices'; choices: Choice[] };

export interface CommandContext {
  engine: Engine;
}

export type SlashInvocation = Extract<Invocation, { kind: 'command' }>;
export type AutocompleteInvocation = Extract<Invocation, { kind: 'autocomplete' }>;
export type MessageCommandInvocation = Extract<Invocation, { kind: 'message-command' }>;

/** The JSON Discord registers for a command (name, description, options, type). */
export interface CommandDefinition {
  name: string;
  type: number;
  description?: string;
  options?: readonly unknown[];
}

export interface SlashCommand {
  kind: 'slash';
  definition: CommandDefinition;
  run(invocation: SlashInvocation, context: CommandContext): Reply;
  autocomplete?(invocation: AutocompleteInvocation, context: CommandContext): Choice[];
}

/** A message context-menu command ("Find sources"). */
export interface MessageCommand {
  kind: 'message';
  definition: CommandDefinition;
  run(invocation: MessageCommandInvocation, context: CommandContext): Reply;
}

export type Command = SlashCommand | MessageCommand;
