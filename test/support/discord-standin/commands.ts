import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  RESTJSONErrorCodes,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { DiscordHttpError, discordErrors, type FieldError } from './errors.ts';
import { snowflake } from './ids.ts';
import { Recorder } from './recorder.ts';

export interface RecordedCommandOverwrite {
  /** null for global commands. */
  guildId: string | null;
  body: RESTPutAPIApplicationCommandsJSONBody;
  /** What the stand-in answered: the commands with ids, versions and defaults filled in. */
  result: APIApplicationCommand[];
}

// Discord's rule for chat-input command and option names (lowercase where the script has case).
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Application commands per scope (global or one guild), replaced wholesale by bulk overwrites. */
export class CommandRegistry {
  readonly overwrites = new Recorder<RecordedCommandOverwrite>();
  readonly #scopes = new Map<string | null, APIApplicationCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(applicationId: string, guildId: string | null): APIApplicationCommand[] {
    this.#checkApplication(applicationId);
    return this.#scopes.get(guildId) ?? [];
  }

  overwrite(applicationId: string, guildId: string | null, body: unknown): APIApplicationCommand[] {
    this.#checkApplication(applicationId);
    if (!Array.isArray(body)) {
      throw discordErrors.invalidFormBody([{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]);
    }
    const commands = body as RESTPutAPIApplicationCommandsJSONBody;
    const errors = commands.flatMap((command, i) => commandErrors(command, [i]));
    if (errors.length > 0) throw discordErrors.invalidFormBody(errors);

    const previous = this.#scopes.get(guildId) ?? [];
    const result = commands.map((command) => this.#stored(command, guildId, previous));
    this.#scopes.set(guildId, result);
    this.overwrites.push({ guildId, body: commands, result });
    return result;
  }

  #checkApplication(applicationId: string): void {
    if (applicationId !== this.applicationId) {
      throw new DiscordHttpError(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access');
    }
  }

  #stored(
    command: RESTPostAPIApplicationCommandsJSONBody,
    guildId: string | null,
    previous: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = command.type ?? ApplicationCommandType.ChatInput;
    // Overwriting keeps the id of a command with the same name and type; only the version changes.
    const existing = previous.find((old) => old.name === command.name && old.type === type);
    return {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: command.name,
      description: 'description' in command ? (command.description ?? '') : '',
      ...('options' in command && command.options && { options: command.options }),
      default_member_permissions: command.default_member_permissions ?? null,
      nsfw: command.nsfw ?? false,
      integration_types: command.integration_types ?? [ApplicationIntegrationType.GuildInstall],
      contexts: command.contexts ?? null,
      ...(guildId ? { guild_id: guildId } : { dm_permission: command.dm_permission ?? true }),
    } as APIApplicationCommand;
  }
}

function commandErrors(command: RESTPostAPIApplicationCommandsJSONBody, path: (string | number)[]): FieldError[] {
  const type = command.type ?? ApplicationCommandType.ChatInput;
  if (type !== ApplicationCommandType.ChatInput) {
    return lengthErrors([...path, 'name'], command.name, 1, 32);
  }
  const description = 'description' in command ? command.description : undefined;
  const options = ('options' in command ? command.options : undefined) ?? [];
  return [
    ...nameErrors([...path, 'name'], command.name),
    ...lengthErrors([...path, 'description'], description, 1, 100),
    ...optionErrors(options, [...path, 'options']),
  ];
}

function optionErrors(options: APIApplicationCommandOption[], path: (string | number)[]): FieldError[] {
  const tooMany: FieldError[] =
    options.length > 25 ? [{ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] : [];
  return [
    ...tooMany,
    ...options.flatMap((option, i) => [
      ...nameErrors([...path, i, 'name'], option.name),
      ...lengthErrors([...path, i, 'description'], option.description, 1, 100),
      ...('options' in option && option.options ? optionErrors(option.options, [...path, i, 'options']) : []),
    ]),
  ];
}

function nameErrors(path: (string | number)[], name: string | undefined): FieldError[] {
  const valid = name !== undefined && CHAT_INPUT_NAME.test(name) && name === name.toLowerCase();
  return valid ? [] : [{ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }];
}

function lengthErrors(path: (string | number)[], value: string | undefined, min: number, max: number): FieldError[] {
  const length = value === undefined ? 0 : [...value].length;
  return length >= min && length <= max
    ? []
    : [{ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` }];
}
