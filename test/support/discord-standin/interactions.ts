import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIAttachment,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
  type RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import { discordErrors } from './errors.ts';
import type { UploadedFile } from './http.ts';
import { autocompleteChoiceErrors, isEmptyMessage, messageFieldErrors, type MessageBody } from './message-rules.ts';
import { message } from './payloads.ts';
import { Recorder } from './recorder.ts';
import { snowflake } from './ids.ts';
import type { StandinWorld } from './world.ts';

export interface RecordedCallback {
  interactionId: string;
  token: string;
  body: APIInteractionResponse;
  /** discord.js always sends `with_response`; true only when the bot asked for `withResponse`. */
  withResponse: boolean;
  files: UploadedFile[];
}

/** A follow-up (POST, messageId null), edit (PATCH) or delete (DELETE) on an interaction's webhook. */
export interface RecordedWebhookCall {
  method: 'POST' | 'PATCH' | 'DELETE';
  token: string;
  /** '@original', a message id, or null for a follow-up. */
  messageId: string | null;
  body: MessageBody | undefined;
  files: UploadedFile[];
  /** The message as it stands after the call (null after a delete). */
  message: APIMessage | null;
}

interface Entry {
  payload: APIInteraction;
  receivedAt: number;
  acknowledged: boolean;
  originalId: string | null;
  /** Messages this interaction's token may read, edit and delete. */
  messages: Map<string, APIMessage>;
}

const EDITABLE_FIELDS = ['content', 'embeds', 'components', 'attachments', 'poll'] as const;
/** The only flags a bot may set on its own interaction messages. */
const SETTABLE_FLAGS =
  MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;
const EDITABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;

/** Discord's bookkeeping of dispatched interactions: who acknowledged what, and which messages exist. */
export class InteractionLedger {
  readonly callbacks = new Recorder<RecordedCallback>();
  readonly webhookCalls = new Recorder<RecordedWebhookCall>();
  readonly #byId = new Map<string, Entry>();
  readonly #byToken = new Map<string, Entry>();

  constructor(
    private readonly world: StandinWorld,
    /** Discord forgets an interaction that is not acknowledged within 3 s. */
    private readonly deadlineMs: number,
  ) {}

  register(payload: APIInteraction): void {
    const entry: Entry = { payload, receivedAt: Date.now(), acknowledged: false, originalId: null, messages: new Map() };
    this.#byId.set(payload.id, entry);
    this.#byToken.set(payload.token, entry);
  }

  callback(
    interactionId: string,
    token: string,
    body: APIInteractionResponse | undefined,
    files: UploadedFile[],
    withResponse: boolean,
  ): RESTPostAPIInteractionCallbackWithResponseResult | undefined {
    const entry = this.#byId.get(interactionId);
    if (!entry || entry.payload.token !== token) throw discordErrors.unknownInteraction();
    if (entry.acknowledged) throw discordErrors.alreadyAcknowledged();
    if (Date.now() - entry.receivedAt > this.deadlineMs) throw discordErrors.unknownInteraction();
    validateCallback(body, files);

    entry.acknowledged = true;
    const original = this.#originalAfterCallback(entry, body, files);
    if (original) {
      entry.originalId = original.id;
      entry.messages.set(original.id, original);
    }
    this.callbacks.push({ interactionId, token, body, withResponse, files });
    return withResponse ? callbackResponse(entry.payload, body.type, original) : undefined;
  }

  followUp(applicationId: string, token: string, body: MessageBody, files: UploadedFile[]): APIMessage {
    const entry = this.#acknowledgedEntry(applicationId, token);
    const errors = messageFieldErrors(body);
    if (errors.length > 0) throw discordErrors.invalidFormBody(errors);
    if (isEmptyMessage(body, files.length)) throw discordErrors.emptyMessage();
    const created = this.#newMessage(entry, body, files);
    entry.messages.set(created.id, created);
    this.webhookCalls.push({ method: 'POST', token, messageId: null, body, files, message: created });
    return created;
  }

  edit(applicationId: string, token: string, messageId: string, body: MessageBody, files: UploadedFile[]): APIMessage {
    const entry = this.#acknowledgedEntry(applicationId, token);
    const current = this.#message(entry, messageId);
    const errors = messageFieldErrors(body);
    if (errors.length > 0) throw discordErrors.invalidFormBody(errors);
    const edited = applyEdit(current, body, this.#attachments(entry, files));
    entry.messages.set(edited.id, edited);
    this.webhookCalls.push({ method: 'PATCH', token, messageId, body, files, message: edited });
    return edited;
  }

  get(applicationId: string, token: string, messageId: string): APIMessage {
    return this.#message(this.#acknowledgedEntry(applicationId, token), messageId);
  }

  delete(applicationId: string, token: string, messageId: string): void {
    const entry = this.#acknowledgedEntry(applicationId, token);
    entry.messages.delete(this.#message(entry, messageId).id);
    this.webhookCalls.push({ method: 'DELETE', token, messageId, body: undefined, files: [], message: null });
  }

  close(): void {
    this.callbacks.close();
    this.webhookCalls.close();
  }

  #acknowledgedEntry(applicationId: string, token: string): Entry {
    const entry = this.#byToken.get(token);
    // An interaction's webhook only exists once the interaction has been acknowledged.
    if (!entry || !entry.acknowledged || applicationId !== this.world.applicationId) throw discordErrors.unknownWebhook();
    return entry;
  }

  #message(entry: Entry, messageId: string): APIMessage {
    const id = messageId === '@original' ? entry.originalId : messageId;
    const found = id === null ? undefined : entry.messages.get(id);
    if (!found) throw discordErrors.unknownMessage();
    return found;
  }

  #originalAfterCallback(entry: Entry, body: APIInteractionResponse, files: UploadedFile[]): APIMessage | null {
    switch (body.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        return this.#newMessage(entry, body.data, files);
      case InteractionResponseType.DeferredChannelMessageWithSource:
        // The "Bot is thinking…" placeholder: an empty message flagged Loading until the first edit.
        return this.#newMessage(entry, { flags: (body.data?.flags ?? 0) | MessageFlags.Loading }, []);
      case InteractionResponseType.DeferredMessageUpdate:
        return componentMessage(entry);
      case InteractionResponseType.UpdateMessage:
        return applyEdit(componentMessage(entry), body.data ?? {}, this.#attachments(entry, files));
      default:
        return null;
    }
  }

  #newMessage(entry: Entry, body: MessageBody, files: UploadedFile[]): APIMessage {
    const { payload } = entry;
    return message(this.world, {
      channel_id: payload.channel?.id ?? this.world.channel.id,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: (body.components ?? []) as APIMessage['components'],
      attachments: this.#attachments(entry, files),
      flags: (body.flags ?? 0) & (SETTABLE_FLAGS | MessageFlags.Loading),
      type: responseMessageType(payload),
      webhook_id: this.world.applicationId,
      application_id: this.world.applicationId,
      interaction_metadata: {
        id: payload.id,
        type: payload.type,
        user: payload.member?.user ?? payload.user ?? this.world.user,
        authorizing_integration_owners: payload.authorizing_integration_owners,
      } as APIMessage['interaction_metadata'],
    });
  }

  #attachments(entry: Entry, files: UploadedFile[]): APIAttachment[] {
    const channelId = entry.payload.channel?.id ?? this.world.channel.id;
    return files.map((file) => {
      const id = snowflake();
      const path = `attachments/${channelId}/${id}/${file.filename}`;
      return {
        id,
        filename: file.filename,
        size: file.size,
        content_type: file.contentType,
        url: `https://cdn.discordapp.com/${path}`,
        proxy_url: `https://media.discordapp.net/${path}`,
      };
    });
  }
}

function validateCallback(body: APIInteractionResponse | undefined, files: UploadedFile[]): asserts body {
  if (typeof body?.type !== 'number') {
    throw discordErrors.invalidFormBody([{ path: ['type'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
  }
  const errors =
    body.type === InteractionResponseType.ChannelMessageWithSource || body.type === InteractionResponseType.UpdateMessage
      ? messageFieldErrors(body.data ?? {}, ['data'])
      : body.type === InteractionResponseType.ApplicationCommandAutocompleteResult
        ? autocompleteChoiceErrors(body.data?.choices ?? [], ['data'])
        : [];
  if (errors.length > 0) throw discordErrors.invalidFormBody(errors);
  if (body.type === InteractionResponseType.ChannelMessageWithSource && isEmptyMessage(body.data ?? {}, files.length)) {
    throw discordErrors.emptyMessage();
  }
}

function componentMessage(entry: Entry): APIMessage {
  if (!('message' in entry.payload) || !entry.payload.message) throw discordErrors.unknownMessage();
  return entry.payload.message;
}

function applyEdit(current: APIMessage, body: MessageBody, uploaded: APIAttachment[]): APIMessage {
  const edited: APIMessage = { ...current };
  for (const field of EDITABLE_FIELDS) {
    if (body[field] != null) Object.assign(edited, { [field]: body[field] });
  }
  // Uploaded files are appended to whatever attachments the edit kept.
  if (uploaded.length > 0) edited.attachments = [...(body.attachments ? [] : current.attachments), ...uploaded];
  const wasLoading = ((current.flags ?? 0) & MessageFlags.Loading) !== 0;
  const base = (current.flags ?? 0) & ~MessageFlags.Loading;
  // Ephemerality is fixed when the message is created; an edit may only toggle these.
  edited.flags = body.flags == null ? base : (base & ~EDITABLE_FLAGS) | (body.flags & EDITABLE_FLAGS);
  // Filling in a deferred reply is its first content, not an edit.
  edited.edited_timestamp = wasLoading ? null : new Date().toISOString();
  return edited;
}

function responseMessageType(payload: APIInteraction): MessageType {
  if (payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  return payload.data.type === ApplicationCommandType.ChatInput ? MessageType.ChatInputCommand : MessageType.ContextMenuCommand;
}

function callbackResponse(
  payload: APIInteraction,
  responseType: InteractionResponseType,
  original: APIMessage | null,
): RESTPostAPIInteractionCallbackWithResponseResult {
  const flags = original?.flags ?? 0;
  return {
    interaction: {
      id: payload.id,
      type: payload.type,
      ...(original && {
        response_message_id: original.id,
        response_message_loading: (flags & MessageFlags.Loading) !== 0,
        response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      }),
    },
    resource: { type: responseType, ...(original && { message: original }) },
  };
}
