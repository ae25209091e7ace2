// The gateway transport: the discord.js client (Guilds intent only, no privileged intents) takes
// each INTERACTION_CREATE dispatch as raw JSON, and the shared handler's response is posted to the
// interaction callback route: the same JSON path as the HTTP endpoint.
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type { Logger } from '../logger.ts';
import type { Dispatch } from '../bot/dispatcher.ts';
import { handleInteraction } from '../bot/handle.ts';

export interface GatewayOptions {
  token: string;
  /** Discord's REST base (https://discord.com/api), or a stand-in's. */
  apiBase: string;
  dispatch: Dispatch;
  logger: Logger;
}

export interface RunningGateway {
  client: Client;
  /** Stops taking interactions, lets answers in flight finish (up to graceMs), disconnects. */
  stop(graceMs: number): Promise<void>;
}

const elapsed = (since: number) => Math.round((performance.now() - since) * 100) / 100;

interface RawInteraction {
  id: string;
  token: string;
}

export async function startGateway({ token, apiBase, dispatch, logger }: GatewayOptions): Promise<RunningGateway> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: RawInteraction) => {
    if (!accepting || typeof data?.id !== 'string' || typeof data.token !== 'string') return;
    const started = performance.now();
    const { response, ...what } = handleInteraction(data, dispatch, logger);
    const sent = client.rest
      .post(Routes.interactionCallback(data.id, data.token), { body: response, auth: false })
      .then(() => logger.info({ ...what, ms: elapsed(started) }, 'interaction answered'))
      .catch((error: Error) => logger.warn({ ...what, ms: elapsed(started), err: { message: error.message } }, 'could not answer the interaction (expired or already answered?)'))
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shard: ready.shard?.ids ?? [0] }, 'gateway ready');
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'gateway error'));

  await client.login(token);
  return {
    client,
    async stop(graceMs) {
      accepting = false;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      await client.destroy();
    },
  };
}
