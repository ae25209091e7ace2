import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIActionRowComponent,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIButtonComponentWithCustomId,
  type APIChatInputApplicationCommandInteractionData,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageApplicationCommandInteractionData,
  type APIMessageButtonInteractionData,
  type APIUser,
} from 'discord-api-types/v10';
import { interactionToken, snowflake } from './ids.ts';
import type { StandinWorld } from './world.ts';

/** What a test chooses about an interaction; `completeInteraction` adds everything Discord adds. */
export type InteractionSeed =
  | { type: InteractionType.ApplicationCommand; data: APIChatInputApplicationCommandInteractionData }
  | { type: InteractionType.ApplicationCommand; data: APIMessageApplicationCommandInteractionData }
  | { type: InteractionType.ApplicationCommandAutocomplete; data: APIChatInputApplicationCommandInteractionData }
  | { type: InteractionType.MessageComponent; data: APIMessageButtonInteractionData; message: APIMessage };

/** Where the interaction happens: the world's guild text channel, or the bot's DM with the world's user. */
export type InteractionLocation = 'guild' | 'dm';

/** A command option as the user filled it in, plus the objects Discord resolves for it. */
export interface OptionSeed {
  option: APIApplicationCommandInteractionDataBasicOption;
  resolved?: APIInteractionDataResolved;
}

interface FocusFlag {
  /** Marks the option the user is typing in (autocomplete only); Discord then sends the raw text. */
  focused?: boolean;
}

export const option = {
  string: (name: string, value: string, { focused }: FocusFlag = {}): OptionSeed => ({
    option: { type: ApplicationCommandOptionType.String, name, value, ...(focused && { focused }) },
  }),
  integer: (name: string, value: number | string, { focused }: FocusFlag = {}): OptionSeed => ({
    option: { type: ApplicationCommandOptionType.Integer, name, value, ...(focused && { focused }) },
  }),
  boolean: (name: string, value: boolean): OptionSeed => ({
    option: { type: ApplicationCommandOptionType.Boolean, name, value },
  }),
  /** Only `resolved.users` is filled, so discord.js's `getUser` works and `getMember` returns null. */
  user: (name: string, user: APIUser): OptionSeed => ({
    option: { type: ApplicationCommandOptionType.User, name, value: user.id },
    resolved: { users: { [user.id]: user } },
  }),
};

function commandData(name: string, options: OptionSeed[]): APIChatInputApplicationCommandInteractionData {
  const users = Object.assign({}, ...options.map((seed) => seed.resolved?.users ?? {}));
  return {
    id: snowflake(),
    type: ApplicationCommandType.ChatInput,
    name,
    ...(options.length > 0 && { options: options.map((seed) => seed.option) }),
    ...(Object.keys(users).length > 0 && { resolved: { users } }),
  };
}

export function chatInputCommand(name: string, options: OptionSeed[] = []): InteractionSeed {
  return { type: InteractionType.ApplicationCommand, data: commandData(name, options) };
}

/** Mark exactly one option `focused: true`, as Discord does. */
export function autocomplete(name: string, options: OptionSeed[]): InteractionSeed {
  return { type: InteractionType.ApplicationCommandAutocomplete, data: commandData(name, options) };
}

export function messageContextMenu(name: string, target: APIMessage): InteractionSeed {
  return {
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      type: ApplicationCommandType.Message,
      name,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** `message` is the message carrying the button, e.g. one the bot sent earlier. */
export function buttonClick(customId: string, message: APIMessage): InteractionSeed {
  return {
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

export function buttonRow(
  ...buttons: { customId: string; label: string }[]
): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map(({ customId, label }) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId,
      label,
    })),
  };
}

/** A message in the world's channel, by the bot unless `author` says otherwise. */
export function message(world: StandinWorld, fields: Partial<APIMessage> = {}): APIMessage {
  return {
    id: snowflake(),
    channel_id: world.channel.id,
    author: world.botUser,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: MessageType.Default,
    ...fields,
  };
}

export function completeInteraction(
  world: StandinWorld,
  seed: InteractionSeed,
  location: InteractionLocation,
): APIInteraction {
  const id = snowflake();
  const common = {
    id,
    application_id: world.applicationId,
    token: interactionToken(id),
    version: 1,
    app_permissions: world.appPermissions,
    locale: Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  // The seed union and the guild/DM shapes are checked separately; their product is too wide for TS to verify.
  return { ...common, ...where(world, location), ...seed } as APIInteraction;
}

function where(world: StandinWorld, location: InteractionLocation) {
  if (location === 'dm') {
    return {
      user: world.user,
      channel_id: world.dmChannelId,
      channel: { id: world.dmChannelId, type: ChannelType.DM, flags: 0, last_message_id: null, recipients: [world.user] },
      // "0" is what Discord sends for a guild-installed app used in its bot's DM.
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
      context: InteractionContextType.BotDM,
    };
  }
  return {
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: Locale.EnglishUS, features: [] },
    guild_locale: Locale.EnglishUS,
    member: { ...world.member, user: world.user, permissions: world.memberPermissions },
    channel_id: world.channel.id,
    channel: { ...world.channel, permissions: world.memberPermissions },
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guildId },
    context: InteractionContextType.Guild,
  };
}
