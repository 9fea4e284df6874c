/** A finding in its surroundings, for the export review ("… met [Piet Jansen] gesproken …"). */
import type { Finding } from './finding';

export interface FindingInContext {
  before: string;
  match: string;
  after: string;
}

/** Up to `width` characters either side, line breaks shown as spaces. */
export function findingInContext(text: string, finding: Pick<Finding, 'start' | 'end'>, width = 40): FindingInContext {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  return {
    before: flat(text.slice(Math.max(0, finding.start - width), finding.start)),
    match: text.slice(finding.start, finding.end),
    after: flat(text.slice(finding.end, finding.end + width)),
  };
}
