import type {
  APIApplication,
  APIInteractionResponse,
  RESTGetAPIGatewayBotResult,
  RESTGetAPIGatewayResult,
} from 'discord-api-types/v10';
import type { CommandRegistry } from './commands.ts';
import type { Route } from './http.ts';
import type { InteractionLedger } from './interactions.ts';
import type { MessageBody } from './message-rules.ts';
import type { StandinWorld } from './world.ts';

interface RouteDeps {
  world: StandinWorld;
  gatewayUrl: string;
  ledger: InteractionLedger;
  commands: CommandRegistry;
}

/** Every REST route the stand-in serves (paths below /api/v10); anything else is a recorded 404. */
export function standinRoutes({ world, gatewayUrl, ledger, commands }: RouteDeps): Route[] {
  const webhookMessage = '/webhooks/:applicationId/:token/messages/:messageId';
  return [
    // discord.js calls this once on login to learn the gateway URL and shard count.
    { method: 'GET', pattern: '/gateway/bot', auth: 'bot', handle: () => gatewayBot(gatewayUrl) },
    { method: 'GET', pattern: '/gateway', auth: 'none', handle: (): RESTGetAPIGatewayResult => ({ url: gatewayUrl }) },
    { method: 'GET', pattern: '/users/@me', auth: 'bot', handle: () => world.botUser },
    { method: 'GET', pattern: '/applications/@me', auth: 'bot', handle: () => application(world) },
    {
      method: 'POST',
      pattern: '/interactions/:interactionId/:token/callback',
      auth: 'none',
      handle: ({ params, query, body, files }) =>
        ledger.callback(
          params.interactionId!,
          params.token!,
          body as APIInteractionResponse | undefined,
          files,
          query.get('with_response') === 'true',
        ),
    },
    {
      method: 'POST',
      pattern: '/webhooks/:applicationId/:token',
      auth: 'none',
      handle: ({ params, query, body, files }) => {
        const created = ledger.followUp(params.applicationId!, params.token!, (body ?? {}) as MessageBody, files);
        // Without ?wait=true Discord answers 204; discord.js always asks to wait.
        return query.get('wait') === 'true' ? created : undefined;
      },
    },
    {
      method: 'GET',
      pattern: webhookMessage,
      auth: 'none',
      handle: ({ params }) => ledger.get(params.applicationId!, params.token!, params.messageId!),
    },
    {
      method: 'PATCH',
      pattern: webhookMessage,
      auth: 'none',
      handle: ({ params, body, files }) =>
        ledger.edit(params.applicationId!, params.token!, params.messageId!, (body ?? {}) as MessageBody, files),
    },
    {
      method: 'DELETE',
      pattern: webhookMessage,
      auth: 'none',
      handle: ({ params }) => ledger.delete(params.applicationId!, params.token!, params.messageId!),
    },
    ...commandRoutes('/applications/:applicationId/commands', commands),
    ...commandRoutes('/applications/:applicationId/guilds/:guildId/commands', commands),
  ];
}

function commandRoutes(pattern: string, commands: CommandRegistry): Route[] {
  return [
    {
      method: 'GET',
      pattern,
      auth: 'bot',
      handle: ({ params }) => commands.list(params.applicationId!, params.guildId ?? null),
    },
    {
      method: 'PUT',
      pattern,
      auth: 'bot',
      handle: ({ params, body }) => commands.overwrite(params.applicationId!, params.guildId ?? null, body),
    },
  ];
}

function gatewayBot(url: string): RESTGetAPIGatewayBotResult {
  return {
    url,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  };
}

function application(world: StandinWorld): Partial<APIApplication> {
  return {
    id: world.applicationId,
    name: world.botUser.username,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    bot: world.botUser,
    verify_key: '0'.repeat(64),
    flags: world.applicationFlags,
    flags_new: String(world.applicationFlags),
  };
}
