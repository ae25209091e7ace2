/**
 * A local stand-in for Discord: the REST API under /api/v10 and a JSON gateway, on 127.0.0.1, that the
 * real discord.js Client logs into. Point discord.js at it with the REST `api` option; discord.js learns
 * the gateway URL from GET /gateway/bot, so nothing else needs configuring:
 *
 *   const standin = await startDiscordStandin({ token });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
 *   await client.login(token);
 *
 * Wait for `Events.ClientReady` ("clientReady"); `ready` is deprecated in discord.js 14.28.
 * discord.js asks for zlib-stream compression only when the optional `zlib-sync` package is installed, and
 * has no option to turn that off: keep it uninstalled (the stand-in refuses compression with close code 4012).
 * Destroy the client before `close()`: a client whose socket the stand-in drops tries to resume.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GatewayDispatchEvents,
  type APIInteraction,
  type GatewayIdentifyData,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { CommandRegistry, type RecordedCommandOverwrite } from './discord-standin/commands.ts';
import { Gateway, sendDispatch, type GatewayConnection } from './discord-standin/gateway.ts';
import { createRestHandler, type RecordedRequest } from './discord-standin/http.ts';
import { snowflake } from './discord-standin/ids.ts';
import {
  InteractionLedger,
  type RecordedCallback,
  type RecordedWebhookCall,
} from './discord-standin/interactions.ts';
import { completeInteraction, type InteractionLocation, type InteractionSeed } from './discord-standin/payloads.ts';
import type { WaitOptions } from './discord-standin/recorder.ts';
import { standinRoutes } from './discord-standin/routes.ts';
import { createWorld, type StandinWorld } from './discord-standin/world.ts';

export {
  autocomplete,
  buttonClick,
  buttonRow,
  chatInputCommand,
  message,
  messageContextMenu,
  option,
  type InteractionLocation,
  type InteractionSeed,
  type OptionSeed,
} from './discord-standin/payloads.ts';
export type { GatewayConnection, RecordedCallback, RecordedCommandOverwrite, RecordedRequest, RecordedWebhookCall };
export type { UploadedFile } from './discord-standin/http.ts';
export type { MessageBody } from './discord-standin/message-rules.ts';
export type { StandinWorld, WaitOptions };

export interface StandinOptions {
  /** The bot token the stand-in accepts (without the "Bot " prefix). */
  token: string;
  /** Defaults to a fresh snowflake; the bot user gets the same id, as for modern applications. */
  applicationId?: string;
  /** READY lists one unavailable guild and GUILD_CREATE follows (default), or READY lists none. */
  withGuild?: boolean;
  /** Sent in HELLO; Discord uses 41250 ms. */
  heartbeatIntervalMs?: number;
  /** Callbacks later than this are answered 404 Unknown interaction; Discord allows 3000 ms. */
  interactionDeadlineMs?: number;
}

export interface DispatchOptions extends WaitOptions {
  /** Default 'guild'. */
  location?: InteractionLocation;
}

export interface WebhookWaitOptions extends WaitOptions {
  where?: (call: RecordedWebhookCall) => boolean;
}

export interface CommandOverwriteWaitOptions extends WaitOptions {
  /** null for global commands; omit to accept either scope. */
  guildId?: string | null;
}

export class DiscordStandin {
  /** e.g. http://127.0.0.1:PORT/api, for discord.js's `rest.api` option (it appends /v10 itself). */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  readonly #requests: RecordedRequest[];

  constructor(
    /** The guild, channel, bot and human the stand-in's payloads refer to. */
    readonly world: StandinWorld,
    origin: string,
    private readonly server: Server,
    private readonly gateway: Gateway,
    private readonly ledger: InteractionLedger,
    private readonly commands: CommandRegistry,
    requests: RecordedRequest[],
  ) {
    this.apiBase = `${origin}/api`;
    this.gatewayUrl = gateway.url;
    this.#requests = requests;
  }

  /** Every REST request, in arrival order, with the status it was answered with. */
  get requests(): readonly RecordedRequest[] {
    return this.#requests;
  }

  /** Requests to routes the stand-in does not know (answered 404); assert this is empty. */
  get unknownRequests(): readonly RecordedRequest[] {
    return this.#requests.filter((request) => request.route === null);
  }

  get gatewayConnections(): readonly GatewayConnection[] {
    return this.gateway.connections;
  }

  /** Payloads clients sent over the gateway, heartbeats included. */
  get gatewayPayloads(): readonly GatewaySendPayload[] {
    return this.gateway.received.entries;
  }

  /** The first IDENTIFY (op 2) payload, waiting at most the default timeout; see `waitForIdentify`. */
  get identified(): Promise<GatewayIdentifyData> {
    return this.waitForIdentify();
  }

  waitForIdentify(options: WaitOptions = {}): Promise<GatewayIdentifyData> {
    return this.gateway.identifies.waitFor({ ...options, what: 'an IDENTIFY (op 2) from a client', matches: () => true });
  }

  /** Sends any dispatch event to the connected client, waiting (bounded) for one to be READY. */
  async dispatch(event: GatewayDispatchEvents, data: unknown, options: WaitOptions = {}): Promise<void> {
    sendDispatch(await this.gateway.liveSession(options), event, data);
  }

  /** Asks the client to reconnect (op 7); it then RESUMEs on resume_gateway_url (see `gatewayConnections`). */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Completes the seed into a full interaction, sends INTERACTION_CREATE, and returns what was sent. */
  async dispatchInteraction(seed: InteractionSeed, { location = 'guild', timeoutMs }: DispatchOptions = {}): Promise<APIInteraction> {
    const session = await this.gateway.liveSession({ timeoutMs });
    const payload = completeInteraction(this.world, seed, location);
    // Registered just before sending so the 3-second deadline starts when the bot can first see it.
    this.ledger.register(payload);
    sendDispatch(session, GatewayDispatchEvents.InteractionCreate, payload);
    return payload;
  }

  waitForCallback(interactionId: string, options: WaitOptions = {}): Promise<RecordedCallback> {
    return this.ledger.callbacks.waitFor({
      ...options,
      what: `the callback for interaction ${interactionId}`,
      matches: (callback) => callback.interactionId === interactionId,
      explain: () => this.#rejected(`/interactions/${interactionId}/`),
    });
  }

  /** The first follow-up, edit or delete made with this interaction token (and matching `where`). */
  waitForWebhook(token: string, { where, ...options }: WebhookWaitOptions = {}): Promise<RecordedWebhookCall> {
    return this.ledger.webhookCalls.waitFor({
      ...options,
      what: `a webhook call with interaction token ${token.slice(0, 12)}…${where ? ' matching `where`' : ''}`,
      matches: (call) => call.token === token && (where?.(call) ?? true),
      explain: () => this.#rejected(`/webhooks/${this.world.applicationId}/${token}`),
    });
  }

  waitForCommandOverwrite({ guildId, ...options }: CommandOverwriteWaitOptions = {}): Promise<RecordedCommandOverwrite> {
    const scope = guildId === undefined ? 'any scope' : guildId === null ? 'global commands' : `guild ${guildId}`;
    return this.commands.overwrites.waitFor({
      ...options,
      what: `a bulk overwrite of ${scope}`,
      matches: (overwrite) => guildId === undefined || overwrite.guildId === guildId,
      explain: () => this.#rejected('/applications/'),
    });
  }

  async close(): Promise<void> {
    this.ledger.close();
    this.commands.overwrites.close();
    this.gateway.close();
    // discord.js (undici) keeps connections alive; without this, server.close() would wait for them.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  #rejected(pathPrefix: string): string {
    const rejected = this.#requests.filter((request) => request.path.startsWith(pathPrefix) && request.status >= 400);
    if (rejected.length === 0) return 'no matching request was rejected either';
    const lines = rejected.map((r) => `${r.method} ${r.path} → ${r.status}${r.errorCode ? ` (code ${r.errorCode})` : ''}`);
    return `rejected: ${lines.join('; ')}`;
  }
}

export async function startDiscordStandin(options: StandinOptions): Promise<DiscordStandin> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const world = createWorld(options.applicationId ?? snowflake());
  const gateway = new Gateway(server, {
    token: options.token,
    world,
    origin: `ws://127.0.0.1:${port}`,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    withGuild: options.withGuild ?? true,
  });
  const ledger = new InteractionLedger(world, options.interactionDeadlineMs ?? 3_000);
  const commands = new CommandRegistry(world.applicationId);
  const requests: RecordedRequest[] = [];
  const routes = standinRoutes({ world, gatewayUrl: gateway.url, ledger, commands });
  server.on('request', createRestHandler({ token: options.token, routes, requests }));
  return new DiscordStandin(world, `http://127.0.0.1:${port}`, server, gateway, ledger, commands, requests);
}
