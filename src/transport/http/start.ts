// The HTTP interactions endpoint wired to the bot: the signed-request server answers with the
// same shared handler as the gateway; late answers go out as edits through the webhook route.
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { BotCore } from '../../bot/core.ts';
import { handleInteraction } from '../../bot/handle.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { createInteractionServer, type InteractionServer } from './server.ts';

export interface HttpOptions {
  config: Pick<Config, 'publicKey' | 'port' | 'apiBase'> & Partial<Pick<Config, 'host'>>;
  /** The bot, once its corpus is loaded; until then /healthz answers 503. */
  core: () => BotCore | undefined;
  logger: Logger;
  host?: string;
}

export async function startHttp({ config, core, logger, host = config.host ?? '0.0.0.0' }: HttpOptions): Promise<InteractionServer & { port: number }> {
  const rest = new REST({ api: config.apiBase });
  const server = createInteractionServer({
    publicKey: config.publicKey!,
    logger,
    async handle(payload) {
      const bot = core();
      if (!bot) throw new Error('the corpus is still loading');
      return handleInteraction(payload, bot.dispatch, logger).response;
    },
    health() {
      const bot = core();
      if (!bot) return { ready: false, details: {} };
      const { corpus } = bot.engine();
      const ageSeconds = Math.round((Date.now() - bot.builtAt().getTime()) / 1000);
      return { ready: true, details: { sources: corpus.sources.length, paragraphs: corpus.paragraphs.length, corpusHash: corpus.hash, indexAgeSeconds: ageSeconds } };
    },
    async followUp(target, data) {
      await rest.patch(Routes.webhookMessage(target.application_id, target.token, '@original'), { body: data, auth: false });
    },
  });
  const address = await server.listen(config.port, host);
  logger.info({ port: address.port, host }, 'HTTP interactions endpoint listening on POST /interactions');
  return Object.assign(server, { port: address.port });
}
