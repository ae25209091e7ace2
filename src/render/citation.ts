// How a source is named to a reader: outlet (or headline), date, kind — the kind always shown, so a
// persona's commentary never passes for a news report.
import type { Citation, Facet, SourceKind } from '../engine/types.ts';

export const KIND_LABELS: Record<SourceKind, string> = {
  report: 'news report',
  analysis: 'analysis',
  opinion: 'opinion piece',
  persona: 'persona commentary, not journalism',
};

export const FACET_LABELS: Record<Facet | 'background', string> = {
  drivers: 'Drivers: why Moscow did it',
  risks: 'Risks: what may go wrong',
  reactions: 'Reactions: how others responded',
  background: 'Background',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "8 Jul 2025", or "undated". */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return 'undated';
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** The outlet, or the headline in quotes when the outlet is not known. */
export function sourceName(source: Citation): string {
  return source.outlet !== '' ? source.outlet : `“${source.title}”`;
}

/** "Middle East Outlook · undated · ¶7 · analysis" */
export function citationLine(source: Citation, paragraph: number): string {
  return [sourceName(source), formatDate(source.date), `¶${paragraph}`, KIND_LABELS[source.kind]].join(' · ');
}

/** Collapses the seed's line breaks and list indentation into one line of prose. */
export function asProse(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}
