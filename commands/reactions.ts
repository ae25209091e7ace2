// /reactions [actor]: how other states, blocs and people responded, as the articles report it.
import { BY_ACTOR, facetCommand } from '../src/bot/facet-command.ts';

export const reactions = facetCommand('reactions', 'How other states, blocs and people responded: quoted from the articles', BY_ACTOR);
