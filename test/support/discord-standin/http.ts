import type { IncomingMessage, ServerResponse } from 'node:http';
import { DiscordHttpError, discordErrors } from './errors.ts';

const API_PREFIX = '/api/v10';

export interface UploadedFile {
  /** The multipart field name, e.g. "files[0]". */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** The path below /api/v10, e.g. "/interactions/123/abc/callback". */
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  /** Parsed JSON, or the `payload_json` part of a multipart body. */
  body: unknown;
  files: UploadedFile[];
  /** The matched route pattern; null when the stand-in has no such route. */
  route: string | null;
  status: number;
  /** Discord's JSON error code, when the answer was an error. */
  errorCode?: number;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below /api/v10 with `:name` placeholders. */
  pattern: string;
  /** 'bot' routes require `Authorization: Bot <token>`; interaction callbacks and webhooks take none. */
  auth: 'bot' | 'none';
  /** Returns the JSON to send, or undefined for 204 No Content. */
  handle: (context: RouteContext) => unknown;
}

interface CompiledRoute extends Route {
  regex: RegExp;
}

function compile(route: Route): CompiledRoute {
  const source = route.pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { ...route, regex: new RegExp(`^${source}$`) };
}

export function createRestHandler(options: {
  token: string;
  routes: Route[];
  requests: RecordedRequest[];
}): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = options.routes.map(compile);
  return (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      // A bug in the stand-in itself: surface it loudly rather than as a mysterious discord.js retry.
      console.error('Discord stand-in failed to handle a request', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    const path = versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const method = req.method ?? 'GET';
    const match = versioned ? findRoute(routes, method, path) : undefined;
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization ?? null,
      body: undefined,
      files: [],
      route: match?.route.pattern ?? null,
      status: 0,
    };
    try {
      const { body, files } = await readBody(req);
      Object.assign(record, { body, files });
      if (!match) throw discordErrors.notFound();
      if (match.route.auth === 'bot' && record.authorization !== `Bot ${options.token}`) throw discordErrors.unauthorized();
      const result = await match.route.handle({ params: match.params, query: url.searchParams, body, files });
      record.status = result === undefined ? 204 : 200;
      send(res, record.status, result);
    } catch (error) {
      if (!(error instanceof DiscordHttpError)) {
        record.status = 500;
        throw error;
      }
      Object.assign(record, { status: error.status, errorCode: error.code });
      send(res, error.status, error.toJSON());
    } finally {
      options.requests.push(record);
    }
  }
}

function findRoute(routes: CompiledRoute[], method: string, path: string) {
  for (const route of routes) {
    const found = route.method === method ? route.regex.exec(path) : null;
    if (found) {
      const groups = Object.entries(found.groups ?? {});
      return { route, params: Object.fromEntries(groups.map(([key, value]) => [key, decodeURIComponent(value)])) };
    }
  }
  return undefined;
}

function send(res: ServerResponse, status: number, json: unknown): void {
  if (status === 204) {
    res.writeHead(204).end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) return readMultipart(raw, contentType);
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

/** discord.js switches to multipart when files are attached: JSON goes in `payload_json`, files in `files[n]`. */
async function readMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: UploadedFile[] }> {
  const form = await new Response(raw, { headers: { 'Content-Type': contentType } }).formData();
  let body: Record<string, unknown> | undefined;
  const files: UploadedFile[] = [];
  for (const [field, value] of form) {
    if (typeof value !== 'string') {
      const data = Buffer.from(await value.arrayBuffer());
      files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
    } else if (field === 'payload_json') {
      body = { ...body, ...(parseJson(value) as Record<string, unknown>) };
    } else {
      // Some routes send plain form fields instead of payload_json (discord.js `appendToFormData`).
      body = { ...body, [field]: value };
    }
  }
  return { body, files };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw discordErrors.invalidJson();
  }
}
