import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { examplesPublishedAt, measureExamples, measures } from '../../src/lexicon/measures.js';

const cases = [...measureExamples.entries()].flatMap(([measure, examples]) => examples.map((example, i) => ({ measure, n: i + 1, ...example })));

describe('measure examples', () => {
  it('has at least one example for every measure the extractor can read', () => {
    const missing = [...measures.keys()].filter((id) => !measureExamples.get(id)?.length);
    expect(missing).toEqual([]);
  });

  it.each(cases)('$measure #$n: $text', ({ measure, text, figure, subject, counterpart, stat }) => {
    const { claims } = extract(text, { publishedAt: examplesPublishedAt, title: null });
    const claim = claims.find((c) => c.quote.exact === figure);
    expect(claim, `no claim quoted "${figure}"; got ${claims.map((c) => JSON.stringify(c.quote.exact)).join(', ')}`).toBeDefined();
    const p = claim!.proposition;
    expect(p, 'the figure has no proposition').not.toBeNull();
    expect(p!.measure).toBe(measure);
    if (subject) expect(p!.subject).toEqual(subject);
    if (counterpart !== undefined) expect(p!.counterpart).toBe(counterpart);
    if (stat) expect(p!.statType).toBe(stat);
    // The quote sits at its code-point offsets in the text.
    expect(Array.from(text).slice(claim!.quote.start, claim!.quote.end).join('')).toBe(figure);
  });
});
