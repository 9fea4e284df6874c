/**
 * A turn's text cut into stretches that are, or are not, covered by at least one coded
 * span, so the screen can mark coded text however the spans overlap.
 */
export interface Stretch {
  text: string;
  coded: boolean;
}

export function codedStretches(text: string, ranges: readonly { start: number; end: number }[]): Stretch[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(r.start, text.length)));
    cuts.add(Math.max(0, Math.min(r.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const stretches: Stretch[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (to === from) continue;
    const coded = ranges.some((r) => r.start <= from && r.end >= to);
    const last = stretches[stretches.length - 1];
    if (last && last.coded === coded) last.text += text.slice(from, to);
    else stretches.push({ text: text.slice(from, to), coded });
  }
  return stretches;
}
