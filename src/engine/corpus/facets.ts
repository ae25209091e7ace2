// Which of the seeds' three questions a paragraph speaks to: why Russia did it (drivers), what may
// go wrong and for whom (risks), how others responded or may respond (reactions). Cue phrases
// are counted in the paragraph and, at double weight, in its heading.
import type { Facet } from '../types.ts';
import { normalizeTypography } from '../text/normalize.ts';

interface Cue {
  pattern: RegExp;
  weight: number;
}

// Texts are lower-cased once, so the patterns need neither case folding nor Unicode mode.
const cue = (pattern: RegExp, weight = 1): Cue => ({ pattern: new RegExp(pattern.source, 'g'), weight });

const CUES: Record<Facet, Cue[]> = {
  drivers: [
    cue(/\b(?:driven by|motivat\w*|motives?|rationale|calculus|imperatives?|drivers?)\b/, 2),
    cue(/\bwhy (?:recogni[sz]e|moscow|russia)\b/, 2),
    // Whose aim: "radical groups that seek to rise to power" state no motive of Moscow's.
    cue(/(?<!\b(?:that|which|who)(?: it| they)? )\b(?:aims?|aimed|seeks?|seeking|wants?|hopes?|plans?|ambitions?|designed) (?:to|at)\b/, 1.5),
    cue(/\b(?:strategic|security|economic|geopolitical|long-standing|own) (?:interests?|considerations?|goals?|gains?|priorities|advantages?|maneuver|move|partner|success|objectives)\b/, 1.5),
    cue(/\b(?:in an effort to|is interested in|key motivator|to secure|access to|opens pathways|foothold|counter(?:ing|balancing|s)? (?:the )?(?:west|western|threats?|terrorism)|subvert|assert(?:s|ing)? (?:its )?(?:presence|influence))\b/, 1),
    cue(/\b(?:influence|leverage|pivot|positions? itself|staking a claim|power broker|resources|minerals|lithium|rare earths?|trade|corridor|stabili[sz]e|neutrali[sz]ing)\b/, 0.5),
  ],
  risks: [
    cue(/\b(?:risks?|risky|dangerous|dangers?|backfire|blowback|blunder|perils?)\b/, 2),
    cue(/\b(?:threat\w*|instabilit\w*|destabili[sz]\w*|precedent|embolden\w*|fragile|fallout|unrest|chaos|erosion|gamble)\b/, 1.5),
    cue(/\b(?:concern\w*|controversial|challenges?|criticism|condemned|isolation|uncertaint\w*|fraught|questionable|dilemma|inconsistenc\w*|murky|uncomfortable|repression|abuses|violations|complicating|entanglement|contentious|cost of|questions? (?:over|about|for))\b/, 1),
    // Doubt that the move pays off is a risk too: "unlikely to help counter terrorism", "has not materialized".
    cue(/\b(?:unlikely to|not (?:likely|going) to|(?:has|have) not materiali[sz]ed|(?:does|do|will) not guarantee|no guarantee|failed to|fails to|failing to)\b/, 1.5),
    // Shelter for militants is a danger to others: "safe havens", "an enabler, not a barrier, to the spread of terrorism".
    cue(/\b(?:safe havens?|sanctuary|breeding ground|hotbed|enabler|spread of (?:terrorism|extremism|militancy))\b/, 1),
    cue(/\b(?:may|could|might) (?:draw|fuel|backfire|embolden|destabili[sz]e|complicate|deepen|encourage|threaten|have more instability|reshape|further)\b/, 1),
  ],
  reactions: [
    cue(/\b(?:reactions?|reacted|responded|response|welcomed|wait-and-see|condemnation|backlash|follow (?:suit|the lead))\b/, 2),
    cue(/\b(?:statements?|expressed|hailed|criticism|critics|opposition|accepted taliban envoys|withholding recognition|hesitant|closely watch|watch closely|engagements?|protests?|demonstrations?|protesters|debates?)\b/, 1),
    cue(/\b(?:international community|other (?:states|countries)|countries|neighbou?rs|western capitals|foreign ministry)\b/, 1),
    cue(/\b(?:(?:western|international|global) (?:opposition|criticism|condemnation|consensus)|prompt others|others to follow|accepted taliban envoys)\b/, 1.5),
  ],
};

const THRESHOLD = 1.5;

function score(text: string, cues: Cue[]): number {
  let total = 0;
  for (const { pattern, weight } of cues) total += (text.match(pattern)?.length ?? 0) * weight;
  return total;
}

/** How strongly a paragraph speaks to each facet (0 when not at all). */
export function facetStrengths(text: string, heading: string): Record<Facet, number> {
  const body = normalizeTypography(text).toLowerCase();
  const head = normalizeTypography(heading).toLowerCase();
  const out = {} as Record<Facet, number>;
  for (const facet of Object.keys(CUES) as Facet[]) out[facet] = score(body, CUES[facet]) + 2 * score(head, CUES[facet]);
  return out;
}

/** The facets a paragraph carries, strongest first; none for background. */
export function facetsOf(strengths: Record<Facet, number>): Facet[] {
  return (Object.keys(strengths) as Facet[])
    .filter((facet) => strengths[facet] >= THRESHOLD)
    .sort((a, b) => strengths[b] - strengths[a]);
}
