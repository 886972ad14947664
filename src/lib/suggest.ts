import { distance } from 'fastest-levenshtein';

/** The `count` candidates closest to `value`, nearest first: the "did you mean" of every error. */
export function closest(value: string, candidates: Iterable<string>, count = 3): string[] {
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, d: distance(value.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

export function didYouMean(value: string, candidates: Iterable<string>, count = 3): string | undefined {
  const near = closest(value, candidates, count);
  return near.length ? `did you mean ${near.map((c) => `\`${c}\``).join(', ')}?` : undefined;
}
