// /drivers [topic]: why Moscow recognised the Taliban, as the articles put it.
import { BY_TOPIC, facetCommand } from '../src/bot/facet-command.ts';

export const drivers = facetCommand('drivers', 'Why Moscow recognised the Taliban: quoted from the articles', BY_TOPIC);
