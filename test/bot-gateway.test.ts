// The bot over its real gateway transport: startGateway's discord.js client logs into the local
// Discord stand-in, receives INTERACTION_CREATE dispatches and posts its answers to the
// interaction callback route. Every assertion is on what the stand-in recorded.
import { GatewayIntentBits, type APIMessage, type APIUser } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { commands } from '../commands/index.ts';
import { createBotCore, type BotCore } from '../src/bot/core.ts';
import { createDispatcher, type Dispatch } from '../src/bot/dispatcher.ts';
import type { Command } from '../src/bot/types.ts';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';
import { startGateway, type RunningGateway } from '../src/transport/gateway.ts';
import {
  autocomplete,
  buttonClick,
  chatInputCommand,
  message,
  messageContextMenu,
  option,
  startDiscordStandin,
  type DiscordStandin,
  type InteractionSeed,
} from './support/discord-standin.ts';
import {
  checkCitedExcerpts,
  discordLimitViolations,
  MANIFEST,
  quotedExcerpts,
  SEEDS_DIR,
  unescapeDiscord,
  visibleText,
} from './support/reply-checks.ts';

const TOKEN = 'MTA.gateway-test.token';
const EPHEMERAL = 64;

// The bot's log, kept in memory so tests can find a logged error by its reference.
const logLines: Array<Record<string, unknown>> = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });

interface Message {
  content: string;
  embeds: Array<{ title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> }>;
  components: Array<{ type: number; components: Array<{ type: number; custom_id: string; label: string; style: number }> }>;
  allowed_mentions: { parse: string[]; users: string[]; roles: string[]; replied_user?: boolean };
  flags: number;
}
type Response = { type: 4 | 7; data: Message } | { type: 8; data: { choices: Array<{ name: string; value: string | number }> } };
type MessageResponse = Extract<Response, { type: 4 | 7 }>;

// Distinct people, so the per-user rate limit (5 lookups in 10 s) only bites where a test wants it.
let nextUser = 0;
function person(name = 'reader'): APIUser {
  nextUser += 1;
  return { id: String(1_234_567_890_123_456_000n + BigInt(nextUser)), username: `${name}${nextUser}`, discriminator: '0', global_name: name, avatar: null };
}

let standin: DiscordStandin;
let gateway: RunningGateway;
let core: BotCore;

/** The seed, invoked by `user` in the world's guild channel. */
function by(user: APIUser, seed: InteractionSeed): InteractionSeed {
  return { ...seed, member: { ...standin.world.member, user, permissions: standin.world.memberPermissions } } as unknown as InteractionSeed;
}

/** Dispatches over the gateway and returns the callback body the bot posted, checked against Discord's limits. */
async function send(user: APIUser, seed: InteractionSeed): Promise<Response> {
  const sent = await standin.dispatchInteraction(by(user, seed));
  const callback = await standin.waitForCallback(sent.id, { timeoutMs: 3_000 });
  expect(discordLimitViolations(callback.body), JSON.stringify(callback.body).slice(0, 400)).toEqual([]);
  return callback.body as unknown as Response;
}

async function sendMessage(user: APIUser, seed: InteractionSeed): Promise<MessageResponse> {
  const body = await send(user, seed);
  expect(body.type === 4 || body.type === 7).toBe(true);
  return body as MessageResponse;
}

const ask = (question: string, ...more: ReturnType<typeof option.string>[]) => chatInputCommand('ask', [option.string('question', question), ...more]);

function buttons(body: MessageResponse): Array<{ custom_id: string; label: string }> {
  return body.data.components.flatMap((row) => row.components);
}

function button(body: MessageResponse, label: string): string {
  const found = buttons(body).find((b) => b.label === label);
  expect(found, `a "${label}" button among ${JSON.stringify(buttons(body).map((b) => b.label))}`).toBeDefined();
  return found!.custom_id;
}

/** The message the bot posted, as Discord hands it back when one of its buttons is clicked. */
function postedMessage(body: MessageResponse): APIMessage {
  return message(standin.world, {
    content: body.data.content,
    embeds: body.data.embeds as APIMessage['embeds'],
    components: body.data.components as unknown as APIMessage['components'],
    flags: body.data.flags,
  });
}

function description(body: MessageResponse): string {
  return body.data.embeds[0]?.description ?? '';
}

/** Excerpts of an answer, each checked verbatim against the seeds and properly cited. */
function citedExcerpts(body: MessageResponse): string[] {
  const { cited, problems } = checkCitedExcerpts(description(body));
  expect(problems).toEqual([]);
  return cited.map((c) => c.excerpt);
}

// A command that fails the way a bug would: the dispatcher must keep it inside.
const failing: Command = {
  kind: 'slash',
  definition: { name: 'explode', type: 1, description: 'always throws' },
  run() {
    throw new TypeError('Cannot read properties of undefined (reading "paragraphs")');
  },
};

beforeAll(async () => {
  standin = await startDiscordStandin({ token: TOKEN });
  core = createBotCore(createEngine(loadCorpus(SEEDS_DIR)), logger);
  const withFailing = createDispatcher({ commands: [...commands, failing], engine: () => core.engine(), logger });
  // The real core answers everything; only the deliberately broken command goes elsewhere.
  const dispatch: Dispatch = (invocation) =>
    invocation.kind === 'command' && invocation.name === failing.definition.name ? withFailing(invocation) : core.dispatch(invocation);
  gateway = await startGateway({ token: TOKEN, apiBase: standin.apiBase, dispatch, logger });
});

afterAll(async () => {
  await gateway?.stop(500);
  await standin?.close();
});

describe('the bot on the gateway', () => {
  it('identifies with the Guilds intent only (no privileged intents)', async () => {
    const identify = await standin.waitForIdentify();
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds);
    expect(identify.intents).toBe(1);
  });

  it('/ask answers publicly with verbatim excerpts, each cited, and says nothing is generated', async () => {
    const question = 'why did Russia recognise the Taliban';
    const body = await sendMessage(person(), ask(question));

    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(0);
    const [embed] = body.data.embeds;
    expect(unescapeDiscord(embed?.title ?? '')).toContain(question);
    const excerpts = citedExcerpts(body);
    expect(excerpts.length).toBeGreaterThanOrEqual(1);
    expect(excerpts.length).toBeLessThanOrEqual(5);
    // A "why" question is answered under a heading, before the first quotation.
    expect(description(body)).toMatch(/^\*\*[^*\n]+\*\*\n> /);
    expect(embed?.footer?.text).toMatch(/quoted verbatim/i);
    expect(embed?.footer?.text).toMatch(/not generated/i);
    expect(body.data.allowed_mentions).toMatchObject({ parse: [], users: [], roles: [] });
    expect(body.data.content).toBe('');
  });

  it('/risks quotes the articles under the risks heading', async () => {
    const body = await sendMessage(person(), chatInputCommand('risks'));

    expect(body.type).toBe(4);
    expect(description(body)).toMatch(/^\*\*Risks\b[^*\n]*\*\*\n> /);
    // Only the risks group: no other facet heading.
    expect(description(body).match(/^\*\*[^*\n]+\*\*$/gm)).toHaveLength(1);
    expect(citedExcerpts(body).length).toBeGreaterThanOrEqual(1);
    expect(body.data.embeds[0]?.footer?.text).toMatch(/not generated/i);
  });

  it('autocompletes /reactions actor with at most 25 short choices, China among them', async () => {
    const body = await send(person(), autocomplete('reactions', [option.string('actor', '', { focused: true })]));
    expect(body.type).toBe(8);
    const { choices } = (body as Extract<Response, { type: 8 }>).data;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect([...choice.name].length).toBeLessThanOrEqual(100);
      expect([...String(choice.value)].length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.name)).toContain('China');

    const typed = await send(person(), autocomplete('reactions', [option.string('actor', 'chi', { focused: true })]));
    expect((typed as Extract<Response, { type: 8 }>).data.choices[0]?.name).toBe('China');
  });

  it('"More" updates the message with the next, different excerpts', async () => {
    const asker = person();
    const first = await sendMessage(asker, ask('why did Russia recognise the Taliban'));
    const firstExcerpts = citedExcerpts(first);

    const more = await sendMessage(asker, buttonClick(button(first, 'More'), postedMessage(first)));

    expect(more.type).toBe(7);
    const next = citedExcerpts(more);
    expect(next.length).toBeGreaterThan(0);
    for (const excerpt of next) expect(firstExcerpts).not.toContain(excerpt);
    expect(more.data.flags & EPHEMERAL).toBe(0);
  });

  it('"Post publicly" posts a hidden answer for its owner, and refuses anyone else', async () => {
    const owner = person('owner');
    const hidden = await sendMessage(owner, ask('what risks does the recognition carry', option.boolean('hide', true)));
    expect(hidden.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const hiddenExcerpts = citedExcerpts(hidden);
    expect(hiddenExcerpts.length).toBeGreaterThan(0);
    const post = button(hidden, 'Post publicly');

    const posted = await sendMessage(owner, buttonClick(post, postedMessage(hidden)));
    expect(posted.type).toBe(4);
    expect(posted.data.flags & EPHEMERAL).toBe(0);
    expect(citedExcerpts(posted)).toEqual(hiddenExcerpts);
    expect(buttons(posted).map((b) => b.label)).not.toContain('Post publicly');

    const stranger = person('stranger');
    const refused = await sendMessage(stranger, buttonClick(post, postedMessage(hidden)));
    expect(refused.type).toBe(4);
    expect(refused.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.data.content).toMatch(/only the person who asked/i);
    expect(quotedExcerpts(visibleText(refused))).toEqual([]);
  });

  it('"Find sources" on a claim quotes the articles that speak to it, privately', async () => {
    const claim = message(standin.world, { author: standin.world.user, content: "Russia wants Afghanistan's lithium" });
    const body = await sendMessage(person(), messageContextMenu('Find sources', claim));

    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const excerpts = citedExcerpts(body);
    expect(excerpts[0]).toMatch(/lithium/i);
    // The other sources that speak of lithium are quoted too, or listed under the first as agreeing.
    const alsoReported = visibleText(body).match(/Also reported by [^\n]*/g) ?? [];
    expect(excerpts.filter((e) => /lithium/i.test(e)).length + alsoReported.length).toBeGreaterThanOrEqual(2);
  });

  it('"Find sources" on something the coverage does not touch says no article answers it', async () => {
    const claim = message(standin.world, { author: standin.world.user, content: 'the best pizza in Naples' });
    const body = await sendMessage(person(), messageContextMenu('Find sources', claim));

    expect(body.type).toBe(4);
    expect(visibleText(body)).toMatch(/no article/i);
    expect(quotedExcerpts(visibleText(body))).toEqual([]);
    expect(buttons(body)).toEqual([]);
  });

  it('never lets a question ping anyone: @everyone, roles and channels are escaped and not allowed', async () => {
    const question = 'why did Russia recognise the Taliban @everyone <@&123> <#456>';
    const body = await sendMessage(person(), ask(question));

    expect(body.data.allowed_mentions).toMatchObject({ parse: [], users: [], roles: [] });
    const text = visibleText(body);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toContain('<@&123>');
    expect(text).not.toContain('<#456>');
    // ...yet the question shows as it was written.
    expect(unescapeDiscord(body.data.embeds[0]?.title ?? '')).toContain(question);
  });

  it('/ask mention:<user> addresses the answer to that user and pings only them', async () => {
    const friend = person('friend');
    const body = await sendMessage(
      person(),
      chatInputCommand('ask', [option.string('question', 'why did Russia recognise the Taliban'), option.user('mention', friend)]),
    );

    expect(body.data.allowed_mentions).toMatchObject({ parse: [], users: [friend.id], roles: [] });
    expect(body.data.content.startsWith(`<@${friend.id}>`)).toBe(true);
    expect(visibleText(body).match(/<@[!&]?\d+>/g)).toEqual([`<@${friend.id}>`]);
    expect(citedExcerpts(body).length).toBeGreaterThan(0);
  });

  it('turns a command that throws into a hidden reply with a reference, logs it, and answers the next interaction', async () => {
    const user = person();
    const body = await sendMessage(user, chatInputCommand('explode'));

    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const reference = /reference ([0-9a-f]{6,})/i.exec(body.data.content)?.[1];
    expect(reference, body.data.content).toBeDefined();
    expect(body.data.content).not.toMatch(/Cannot read properties|TypeError/);
    expect(logLines.some((line) => line.reference === reference && line.level === 50)).toBe(true);

    const after = await sendMessage(user, ask('why did Russia recognise the Taliban'));
    expect(citedExcerpts(after).length).toBeGreaterThan(0);
  });

  it('answers a command it does not have with a hidden note', async () => {
    const body = await sendMessage(person(), chatInputCommand('weather', [option.string('city', 'Kabul')]));
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.content).toContain('weather');
  });

  it('answers a forged or stale button with a hidden "no longer works"', async () => {
    const user = person();
    const carrier = message(standin.world, { content: 'an old message' });
    for (const forged of ['more:1', 'v0|more|ask|-|3|1|p|why', 'v1|more|cite|-|3|1|p|why', 'v1|more|ask|-|x|1|p|why', 'v1|drop|ask|-|3|1|p|tables']) {
      const body = await sendMessage(user, buttonClick(forged, carrier));
      expect(body.type, forged).toBe(4);
      expect(body.data.flags & EPHEMERAL, forged).toBe(EPHEMERAL);
      expect(body.data.content, forged).toMatch(/no longer works/i);
    }
  });

  it('rate-limits one user: the sixth quick lookup gets the hidden "Easy there" notice', async () => {
    const eager = person('eager');
    const sent = [];
    for (let i = 0; i < 6; i += 1) sent.push(await standin.dispatchInteraction(by(eager, ask(`why did Russia recognise the Taliban ${i}`))));
    const bodies = [];
    for (const interaction of sent) {
      const { body } = await standin.waitForCallback(interaction.id);
      expect(discordLimitViolations(body)).toEqual([]);
      bodies.push(body as unknown as MessageResponse);
    }

    for (const body of bodies.slice(0, 5)) {
      expect(body.data.content).not.toMatch(/easy there/i);
      expect(body.data.embeds.length).toBe(1);
    }
    expect(bodies[5]?.data.flags).toBe(EPHEMERAL);
    expect(bodies[5]?.data.content).toMatch(/^Easy there/);
    // Someone else is not slowed down by it.
    expect(citedExcerpts(await sendMessage(person(), ask('why did Russia recognise the Taliban'))).length).toBeGreaterThan(0);
  });

  it('keeps every answer within Discord limits, even for a question made of Markdown and mentions', async () => {
    const noisy = '**__~~`||> # [x](https://x.y) @here <@1> '.repeat(8).slice(0, 300);
    const body = await sendMessage(person(), ask(noisy));
    expect(visibleText(body)).not.toMatch(/@here|<@1>/);
    const sources = await sendMessage(person(), chatInputCommand('sources'));
    expect(sources.data.embeds[0]?.fields?.map((f) => f.name)).toEqual(MANIFEST.sources.map((s) => s.id));
  });

  // BUG (src/bot/custom-id.ts:27): the query is cut by code points and then again by UTF-16 units,
  // so a question with emoji can leave half a surrogate pair at the end of a button's custom_id.
  it('keeps button custom_ids well-formed when the question has emoji', async () => {
    const body = await sendMessage(person(), ask(`why did Russia recognise the Taliban ${'😀'.repeat(20)}`, option.boolean('hide', true)));
    expect(buttons(body).length).toBeGreaterThan(0);
    // send() already checked discordLimitViolations; say it plainly too.
    for (const { custom_id } of buttons(body)) expect(custom_id.endsWith('\ud83d'), custom_id).toBe(false);
  });

  // BUG (src/bot/custom-id.ts:25-27 with src/bot/lookup.ts:35): a custom_id keeps only the first
  // ~60 characters of a question (up to 300 allowed), and "More" re-runs that shorter question, so
  // page two answers a different question: it may say no article answers it, or repeat page one.
  it('"More" on a long question continues the same question', async () => {
    const asker = person();
    const question =
      'What do the articles say about the way the Kremlin weighs the threat from ISIS-K and the security of Central Asia against the economic prospects of lithium mining and transit routes';
    const first = await sendMessage(asker, ask(question));
    const firstExcerpts = citedExcerpts(first);
    expect(firstExcerpts.length).toBe(3);

    const more = await sendMessage(asker, buttonClick(button(first, 'More'), postedMessage(first)));

    expect(more.type).toBe(7);
    const next = citedExcerpts(more);
    expect(next.length, visibleText(more)).toBeGreaterThan(0);
    for (const excerpt of next) expect(firstExcerpts).not.toContain(excerpt);
    expect(unescapeDiscord(more.data.embeds[0]?.title ?? '')).toContain(question);
  });

  it('made only requests Discord knows, and none was rejected', () => {
    expect(standin.unknownRequests).toEqual([]);
    expect(standin.requests.filter((request) => request.status >= 400)).toEqual([]);
  });
});

// BUG (src/transport/gateway.ts:38, with src/bot/handle.ts:33): handleInteraction rethrows any
// error that is not a malformed payload, and the gateway listener calls it with no try/catch: the
// error escapes as an unhandled rejection (which ends a Node 20 process by default) and the
// interaction is never answered. The HTTP transport turns the same error into a 500.
describe('the gateway when answering itself fails', () => {
  it('still answers (hidden) and keeps running when the dispatch throws', async () => {
    const local = await startDiscordStandin({ token: TOKEN });
    const escaped: unknown[] = [];
    const record = (reason: unknown) => void escaped.push(reason);
    process.on('unhandledRejection', record);
    let calls = 0;
    const dispatch: Dispatch = (invocation) => {
      calls += 1;
      if (calls === 1) throw new Error('renderer blew up');
      return core.dispatch(invocation);
    };
    const running = await startGateway({ token: TOKEN, apiBase: local.apiBase, dispatch, logger });
    onTestFinished(async () => {
      process.off('unhandledRejection', record);
      await running.stop(200);
      await local.close();
    });

    const broken = await local.dispatchInteraction(by(person(), ask('why did Russia recognise the Taliban')));
    const answered = await local.waitForCallback(broken.id, { timeoutMs: 3_000 }).then(
      (callback) => callback.body as unknown as MessageResponse,
      () => undefined,
    );
    const next = await local.dispatchInteraction(by(person(), ask('why did Russia recognise the Taliban')));
    const nextAnswer = (await local.waitForCallback(next.id, { timeoutMs: 3_000 })).body as unknown as MessageResponse;

    expect(citedExcerpts(nextAnswer).length).toBeGreaterThan(0);
    expect(answered, 'the interaction whose dispatch threw was never answered').toBeDefined();
    expect(answered?.data.flags).toBe(EPHEMERAL);
    expect(escaped.map((reason) => (reason as Error)?.message), 'errors that escaped as unhandled rejections').toEqual([]);
  });
});
