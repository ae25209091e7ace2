// /risks [topic]: what may go wrong, and for whom, as the articles put it.
import { BY_TOPIC, facetCommand } from '../src/bot/facet-command.ts';

export const risks = facetCommand('risks', 'What may go wrong, and for whom: quoted from the articles', BY_TOPIC);
