import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  type GatewayIdentifyData,
  type GatewayReadyDispatchData,
  type GatewayResumeData,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { sessionId } from './ids.ts';
import { Recorder, type WaitOptions } from './recorder.ts';
import { guildCreatePayload, type StandinWorld } from './world.ts';

const GATEWAY_PATH = '/gateway';
const RESUME_PATH = '/gateway/resume';
/** Gateway payloads a bot may send that the stand-in accepts and ignores (they are still recorded). */
const IGNORED_OPCODES = new Set([
  GatewayOpcodes.PresenceUpdate,
  GatewayOpcodes.VoiceStateUpdate,
  GatewayOpcodes.RequestGuildMembers,
  GatewayOpcodes.RequestSoundboardSounds,
  GatewayOpcodes.RequestChannelInfo,
]);

export interface GatewayOptions {
  token: string;
  world: StandinWorld;
  /** ws://127.0.0.1:PORT */
  origin: string;
  heartbeatIntervalMs: number;
  /** READY lists the world's guild as unavailable, then GUILD_CREATE delivers it; otherwise READY has no guilds. */
  withGuild: boolean;
}

export interface GatewayConnection {
  /** "/gateway" for a fresh connection, "/gateway/resume" when the client used resume_gateway_url. */
  path: string;
  /** What the client put in the URL; discord.js 14.28 sends v=10&encoding=json and no compress. */
  query: Record<string, string>;
}

export interface Session {
  id: string;
  sequence: number;
  socket: WebSocket | null;
}

/** The per-socket state: which session (if any) this socket identified or resumed into. */
interface Link {
  socket: WebSocket;
  session: Session | null;
}

export class Gateway {
  readonly identifies = new Recorder<GatewayIdentifyData>();
  /** Every payload clients sent, heartbeats included. */
  readonly received = new Recorder<GatewaySendPayload>();
  readonly connections: GatewayConnection[] = [];
  /** Sessions that reached READY or RESUMED; a session is live while its socket is open. */
  readonly #live = new Recorder<Session>();
  readonly #sessions = new Map<string, Session>();
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #guild;

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    this.#guild = guildCreatePayload(options.world);
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.#upgrade(req, socket, head));
  }

  get url(): string {
    return `${this.options.origin}${GATEWAY_PATH}`;
  }

  /** The first session whose socket is open, waiting (bounded) for a client to reach READY. */
  liveSession({ timeoutMs }: WaitOptions = {}): Promise<Session> {
    return this.#live.waitFor({
      what: 'a gateway session that reached READY',
      matches: (candidate) => candidate.socket?.readyState === WebSocket.OPEN,
      timeoutMs,
    });
  }

  /** Sends op 7 Reconnect to every connected session, as Discord does before maintenance; discord.js then resumes. */
  requestReconnect(): void {
    for (const session of this.#sessions.values()) {
      if (session.socket) send(session.socket, { op: GatewayOpcodes.Reconnect, d: null });
    }
  }

  close(): void {
    for (const socket of this.#wss.clients) socket.terminate();
    this.#wss.close();
    this.identifies.close();
    this.received.close();
    this.#live.close();
  }

  #upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const { pathname } = new URL(req.url ?? '/', this.options.origin);
    if (pathname !== GATEWAY_PATH && pathname !== RESUME_PATH) {
      socket.destroy();
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#open(ws, req));
  }

  #open(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', this.options.origin);
    const query = Object.fromEntries(url.searchParams);
    this.connections.push({ path: url.pathname, query });
    const refusal = unsupported(query);
    if (refusal) {
      // 4012 is one of the codes discord.js treats as fatal, so a misconfigured client fails fast instead of looping.
      socket.close(GatewayCloseCodes.InvalidAPIVersion, refusal);
      return;
    }
    const link: Link = { socket, session: null };
    socket.on('message', (raw, isBinary) => this.#receive(link, raw, isBinary));
    socket.on('close', () => {
      if (link.session?.socket === socket) link.session.socket = null;
    });
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  #receive(link: Link, raw: RawData, isBinary: boolean): void {
    const payload = isBinary ? undefined : parse(raw.toString());
    if (!payload) {
      link.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    this.received.push(payload);
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        send(link.socket, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(link, payload.d);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(link, payload.d);
        return;
      default:
        if (!link.session) link.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
        else if (!IGNORED_OPCODES.has(payload.op)) link.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(link: Link, identify: GatewayIdentifyData): void {
    if (link.session) return link.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (identify.token !== this.options.token) {
      return link.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    }
    if (!Number.isInteger(identify.intents)) return link.socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
    if (identify.compress) return link.socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Stand-in does not compress payloads.');

    this.identifies.push(identify);
    const session: Session = { id: sessionId(), sequence: 0, socket: link.socket };
    this.#sessions.set(session.id, session);
    link.session = session;
    sendDispatch(session, GatewayDispatchEvents.Ready, this.#readyPayload(session, identify));
    if (this.options.withGuild) sendDispatch(session, GatewayDispatchEvents.GuildCreate, this.#guild);
    this.#live.push(session);
  }

  /** Resuming re-attaches the session; nothing needs replaying because dispatches only go to live sessions. */
  #resume(link: Link, resume: GatewayResumeData): void {
    const session = this.#sessions.get(resume.session_id);
    if (!session || resume.token !== this.options.token) {
      send(link.socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    session.socket = link.socket;
    link.session = session;
    sendDispatch(session, GatewayDispatchEvents.Resumed, {});
    this.#live.push(session);
  }

  #readyPayload(session: Session, identify: GatewayIdentifyData): GatewayReadyDispatchData & Record<string, unknown> {
    const { world } = this.options;
    return {
      v: 10,
      user: world.botUser,
      guilds: this.options.withGuild ? [{ id: world.guildId, unavailable: true }] : [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `${this.options.origin}${RESUME_PATH}`,
      ...(identify.shard && { shard: identify.shard }),
      application: { id: world.applicationId, flags: world.applicationFlags, flags_new: String(world.applicationFlags) },
      // Fields real READY payloads carry for bots, even though discord.js ignores them.
      user_settings: {},
      relationships: [],
      private_channels: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['standin'],
      _trace: ['["gateway-standin",{"micros":0}]'],
    };
  }
}

function unsupported(query: Record<string, string>): string | null {
  if (query.v !== '10') return `Stand-in only speaks gateway v10, got v=${query.v ?? '(none)'}.`;
  if (query.encoding !== 'json') return `Stand-in only speaks encoding=json, got ${query.encoding ?? '(none)'}.`;
  // discord.js asks for zlib-stream only when the optional zlib-sync package is installed.
  if (query.compress) return `Stand-in does not support compress=${query.compress}; uninstall zlib-sync.`;
  return null;
}

function parse(text: string): GatewaySendPayload | undefined {
  try {
    const payload: unknown = JSON.parse(text);
    return typeof payload === 'object' && payload !== null && 'op' in payload ? (payload as GatewaySendPayload) : undefined;
  } catch {
    return undefined;
  }
}

function send(socket: WebSocket, payload: object): void {
  socket.send(JSON.stringify(payload));
}

/** Sends a dispatch (op 0) with the session's next sequence number. */
export function sendDispatch(session: Session, event: GatewayDispatchEvents, data: unknown): void {
  if (!session.socket) throw new Error(`Discord stand-in: session ${session.id} has no open socket for ${event}`);
  session.sequence += 1;
  send(session.socket, { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data });
}
