// Discord's limits: the bot's own (`LIMITS`), plus any it never needs to cut to (action rows).
import { LIMITS } from '../../src/bot/discord-payload.ts';

const ALSO = { embeds: 10, actionRows: 5 };

export const DISCORD_LIMITS = { ...ALSO, ...LIMITS };
