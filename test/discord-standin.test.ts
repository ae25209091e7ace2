import { once } from 'node:events';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import {
  autocomplete,
  buttonClick,
  buttonRow,
  chatInputCommand,
  message,
  messageContextMenu,
  option,
  startDiscordStandin,
  type DiscordStandin,
} from './support/discord-standin.ts';

const TOKEN = 'standin-token.abc.xyz';

/** Logs a bare discord.js Client into the stand-in and waits for clientReady (all guilds received). */
async function readyClient(standin: DiscordStandin, token = TOKEN): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(5_000) });
  await client.login(token);
  await ready;
  return client;
}

/** Subscribes for the current test only, so tests sharing one client do not answer each other's interactions. */
function onInteraction(client: Client, handle: (interaction: Interaction) => Promise<unknown>): void {
  const listener = (interaction: Interaction) => void handle(interaction).catch((error) => client.emit('error', error));
  client.on(Events.InteractionCreate, listener);
  onTestFinished(() => void client.off(Events.InteractionCreate, listener));
}

describe('Discord stand-in with a bare discord.js Client', () => {
  let standin: DiscordStandin;
  let client: Client;

  beforeAll(async () => {
    standin = await startDiscordStandin({ token: TOKEN });
    client = await readyClient(standin);
  });

  afterAll(async () => {
    await client?.destroy();
    await standin?.close();
  });

  it('logs in over the real protocol and answers a raw INTERACTION_CREATE with a callback', async () => {
    const identify = await standin.identified;
    expect(identify).toMatchObject({ token: TOKEN, intents: GatewayIntentBits.Guilds, shard: [0, 1], compress: false });
    expect(standin.gatewayConnections).toEqual([{ path: '/gateway', query: { v: '10', encoding: 'json' } }]);
    expect(client.guilds.cache.get(standin.world.guildId)?.available).toBe(true);

    const raw = (data: APIInteraction) => {
      const question =
        data.type === InteractionType.ApplicationCommand && 'options' in data.data ? data.data.options?.[0] : undefined;
      const content = `You asked: ${question && 'value' in question ? question.value : '?'}`;
      const body = { type: InteractionResponseType.ChannelMessageWithSource, data: { content } };
      void client.rest.post(Routes.interactionCallback(data.id, data.token), { body });
    };
    client.ws.on(GatewayDispatchEvents.InteractionCreate, raw);
    onTestFinished(() => void client.ws.off(GatewayDispatchEvents.InteractionCreate, raw));
    const parsed = once(client, Events.InteractionCreate, { signal: AbortSignal.timeout(5_000) });

    const sent = await standin.dispatchInteraction(
      chatInputCommand('ask', [
        option.string('question', 'why?'),
        option.integer('limit', 3),
        option.boolean('public', true),
        option.user('about', standin.world.user),
      ]),
    );

    const callback = await standin.waitForCallback(sent.id);
    expect(callback.body).toEqual({ type: 4, data: { content: 'You asked: why?' } });
    expect(callback.withResponse).toBe(false);

    // discord.js itself accepts the payload as a guild chat-input command with typed options.
    const [interaction] = (await parsed) as [Interaction];
    expect(interaction.isChatInputCommand() && interaction.inCachedGuild()).toBe(true);
    if (!interaction.isChatInputCommand()) return;
    expect(interaction.options.getString('question')).toBe('why?');
    expect(interaction.options.getInteger('limit')).toBe(3);
    expect(interaction.options.getBoolean('public')).toBe(true);
    expect(interaction.options.getUser('about')?.id).toBe(standin.world.user.id);
    expect(interaction.channelId).toBe(standin.world.channel.id);

    const gatewayBot = standin.requests.find((request) => request.path === '/gateway/bot');
    expect(gatewayBot).toMatchObject({ authorization: `Bot ${TOKEN}`, status: 200 });
    expect(standin.unknownRequests).toEqual([]);
  });

  it('records a deferred reply, its edit and a follow-up through the webhook routes', async () => {
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      const edited = await interaction.editReply('Here is the answer.');
      const followUp = await interaction.followUp({
        content: 'Sources: [1]',
        flags: MessageFlags.Ephemeral,
        files: [{ attachment: Buffer.from('[1] Example, 2025'), name: 'sources.txt' }],
      });
      // Answers the stand-in gave discord.js, echoed back so the test can check them.
      await interaction.followUp(`edited=${edited.content} followUpEphemeral=${followUp.flags.has('Ephemeral')}`);
    });

    const sent = await standin.dispatchInteraction(chatInputCommand('ask', [option.string('question', 'when?')]));

    const callback = await standin.waitForCallback(sent.id);
    expect(callback.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
    const edit = await standin.waitForWebhook(sent.token, { where: (call) => call.method === 'PATCH' });
    expect(edit.messageId).toBe('@original');
    expect(edit.body?.content).toBe('Here is the answer.');
    expect(edit.message).toMatchObject({ content: 'Here is the answer.', flags: 0, edited_timestamp: null });
    const echo = await standin.waitForWebhook(sent.token, {
      where: (call) => call.method === 'POST' && call.body?.content?.startsWith('edited=') === true,
    });
    expect(echo.body?.content).toBe('edited=Here is the answer. followUpEphemeral=true');
    const followUp = await standin.waitForWebhook(sent.token, { where: (call) => call.body?.content === 'Sources: [1]' });
    expect(followUp).toMatchObject({ method: 'POST', messageId: null, body: { flags: MessageFlags.Ephemeral } });
    // With a file attached discord.js sends multipart/form-data: the JSON arrives as payload_json.
    expect(followUp.files).toMatchObject([{ field: 'files[0]', filename: 'sources.txt' }]);
    expect(followUp.files[0]?.data.toString()).toBe('[1] Example, 2025');
    expect(followUp.message?.attachments[0]).toMatchObject({ filename: 'sources.txt', size: 17 });
  });

  it('bulk-overwrites global and guild commands and echoes them back with ids', async () => {
    const definition = { name: 'ask', description: 'Ask about the coverage', options: [] };
    const global = await client.application!.commands.set([definition]);
    const guild = await client.application!.commands.set([definition], standin.world.guildId);

    const globalPut = await standin.waitForCommandOverwrite({ guildId: null });
    expect(globalPut.body).toEqual([expect.objectContaining({ name: 'ask', description: 'Ask about the coverage' })]);
    expect(globalPut.result[0]).toMatchObject({ name: 'ask', type: 1, application_id: standin.world.applicationId });
    expect(global.first()?.id).toBe(globalPut.result[0]?.id);
    const guildPut = await standin.waitForCommandOverwrite({ guildId: standin.world.guildId });
    expect(guild.first()?.guildId).toBe(standin.world.guildId);
    expect(guildPut.result[0]?.guild_id).toBe(standin.world.guildId);

    const again = await client.application!.commands.set([definition]);
    expect(again.first()?.id).toBe(global.first()?.id);

    const invalid = client.application!.commands.set([{ name: 'Not Valid', description: 'x' }]);
    await expect(invalid).rejects.toThrow(/Invalid Form Body[\s\S]*0\.name\[APPLICATION_COMMAND_INVALID_NAME\]/);
  });

  it('builds context-menu, button and autocomplete payloads that discord.js accepts', async () => {
    onInteraction(client, async (interaction) => {
      if (interaction.isMessageContextMenuCommand()) await interaction.reply(`Quoting: ${interaction.targetMessage.content}`);
      if (interaction.isChatInputCommand() && !interaction.inGuild()) await interaction.reply('pong from a DM');
      if (interaction.isButton()) await interaction.update({ content: `Clicked ${interaction.customId}`, components: [] });
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `${typed}ban`, value: `${typed}ban` }]);
      }
    });

    const quoted = message(standin.world, { author: standin.world.user, content: 'Moscow recognised the Taliban.' });
    const menu = await standin.dispatchInteraction(messageContextMenu('Quote', quoted));
    expect((await standin.waitForCallback(menu.id)).body).toMatchObject({ data: { content: `Quoting: ${quoted.content}` } });

    const withButton = message(standin.world, { content: 'More?', components: [buttonRow({ customId: 'more', label: 'More' })] });
    const click = await standin.dispatchInteraction(buttonClick('more', withButton));
    const update = await standin.waitForCallback(click.id);
    expect(update.body).toMatchObject({ type: InteractionResponseType.UpdateMessage, data: { content: 'Clicked more' } });

    const inDm = await standin.dispatchInteraction(chatInputCommand('ping'), { location: 'dm' });
    expect(inDm).toMatchObject({ context: InteractionContextType.BotDM, user: standin.world.user, channel: { type: 1 } });
    expect((await standin.waitForCallback(inDm.id)).body).toMatchObject({ data: { content: 'pong from a DM' } });

    const typing = await standin.dispatchInteraction(autocomplete('ask', [option.string('topic', 'Tali', { focused: true })]));
    expect((await standin.waitForCallback(typing.id)).body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'Taliban', value: 'Taliban' }] },
    });
  });

  it('resumes on resume_gateway_url after op 7 Reconnect and keeps delivering interactions', async () => {
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    });
    const resumed = once(client, Events.ShardResume, { signal: AbortSignal.timeout(5_000) });

    standin.requestReconnect();
    await resumed;

    expect(standin.gatewayConnections.at(-1)).toEqual({ path: '/gateway/resume', query: { v: '10', encoding: 'json' } });
    expect(standin.gatewayPayloads.at(-1)).toMatchObject({ op: 6, d: { token: TOKEN } });
    const sent = await standin.dispatchInteraction(chatInputCommand('ask'));
    expect((await standin.waitForCallback(sent.id)).body).toMatchObject({ data: { content: 'still here' } });
  });

  it('rejects what Discord rejects: over-long content and a second acknowledgement', async () => {
    const sent = await standin.dispatchInteraction(chatInputCommand('ask'));
    const reply = (content: string) =>
      client.rest.post(Routes.interactionCallback(sent.id, sent.token), {
        body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content } },
        auth: false,
      });

    await expect(reply('x'.repeat(2001))).rejects.toThrow(/data\.content\[BASE_TYPE_MAX_LENGTH\]/);
    await reply('ok');
    const second = await reply('again').catch((error: unknown) => error);
    expect(second).toBeInstanceOf(DiscordAPIError);
    expect((second as DiscordAPIError).code).toBe(40060);
  });
});

describe('Discord stand-in failure modes', () => {
  it('refuses a wrong bot token on REST (401) and on the gateway (close 4004)', async () => {
    const standin = await startDiscordStandin({ token: TOKEN });
    onTestFinished(() => standin.close());

    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiBase } });
    await expect(client.login('wrong-token')).rejects.toThrow(/invalid token/i);
    expect(standin.requests.at(-1)).toMatchObject({ path: '/gateway/bot', status: 401 });

    const socket = new WebSocket(`${standin.gatewayUrl}?v=10&encoding=json`);
    const [hello] = await once(socket, 'message', { signal: AbortSignal.timeout(5_000) });
    expect(JSON.parse(String(hello))).toEqual({ op: 10, d: { heartbeat_interval: 41_250 } });
    socket.send(JSON.stringify({ op: 1, d: null }));
    const [ack] = await once(socket, 'message', { signal: AbortSignal.timeout(5_000) });
    expect(JSON.parse(String(ack))).toEqual({ op: 11 });
    socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
    const [code] = await once(socket, 'close', { signal: AbortSignal.timeout(5_000) });
    expect(code).toBe(4004);
  });

  it('answers 404 Unknown interaction after the acknowledgement deadline, and says so when a wait times out', async () => {
    const standin = await startDiscordStandin({ token: TOKEN, interactionDeadlineMs: 30 });
    const client = await readyClient(standin);
    onTestFinished(async () => {
      await client.destroy();
      await standin.close();
    });
    // Replies only after the stand-in's (shortened) deadline has passed.
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) setTimeout(() => void interaction.reply('too late').catch(() => undefined), 80);
    });

    const sent = await standin.dispatchInteraction(chatInputCommand('ask'));

    await expect(standin.waitForCallback(sent.id, { timeoutMs: 300 })).rejects.toThrow(
      /timed out after 300 ms waiting for the callback for interaction \d+ \(rejected: POST \/interactions\/\d+\/\S+\/callback → 404 \(code 10062\)\)/,
    );
  });
});
