// Every command the bot offers. Adding one here is all a transport needs.
import type { Command } from '../src/bot/types.ts';
import { ask } from './ask.ts';
import { cite } from './cite.ts';
import { compare } from './compare.ts';
import { drivers } from './drivers.ts';
import { findSources } from './find-sources.ts';
import { reactions } from './reactions.ts';
import { risks } from './risks.ts';
import { sources } from './sources.ts';

export const commands: Command[] = [ask, drivers, risks, reactions, cite, compare, sources, findSources];
