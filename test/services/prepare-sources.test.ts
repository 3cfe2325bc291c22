import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/services/ingest.js';
import { prepareSource, prepareSources } from '../../src/services/prepare.js';
import { seedInputs } from '../helpers.js';

const AUTHORS = [
  [],
  ['Lena Fischer'],
  ['Ministry of Mines'],
  ['Jean-Luc Dubois', 'María José García'],
  ['Иван Петров'],
  ['张伟'],
  ['Ludwig van Beethoven', 'Sammy Davis Jr.'],
];
const DATES = [null, '2024', '2024-05', '2024-05-07', '2023-02-30'];

/** Short articles of our own with metadata that varies the way the styles care about. */
function article(n: number): SourceInput {
  return {
    title: n % 5 === 0 ? `Über Kupferexporte ${n}` : `Copper exports, note ${n}`,
    authors: AUTHORS[n % AUTHORS.length],
    publisher: n % 3 === 0 ? null : `Metals Desk ${n % 4}`,
    url: n % 2 === 0 ? `https://metals.example/notes/${n}` : null,
    publishedAt: DATES[n % DATES.length],
    ...(n % 5 === 0 ? { language: 'de' } : {}),
    text: `Zambia exported ${400 + n} thousand tonnes of copper in 2024, the mines ministry said. Prices rose ${n % 9} per cent.`,
  };
}

describe('preparing a group of sources', () => {
  it('gives each source exactly what preparing it alone gives, references included', async () => {
    const inputs = [...Array.from({ length: 21 }, (_, n) => article(n)), ...seedInputs()];
    const grouped = await prepareSources(inputs.map((input) => ({ input })));
    expect(grouped).toHaveLength(inputs.length);
    for (const [i, input] of inputs.entries()) {
      const alone = await prepareSource(input);
      expect(alone.references?.apa).toBeTruthy();
      // Same values, same key order (the worker sends them as they are).
      expect(grouped[i]).toStrictEqual(alone);
      expect(Object.keys(grouped[i]!)).toEqual(Object.keys(alone));
    }
  });

  it('leaves out the references of a task that asks for none, and keeps them for the others', async () => {
    const [without, withRefs] = await prepareSources([{ input: article(1), options: { references: false } }, { input: article(2) }]);
    expect(without).toStrictEqual(await prepareSource(article(1), { references: false }));
    expect((without as { references: unknown }).references).toBeNull();
    expect(withRefs).toStrictEqual(await prepareSource(article(2)));
  });

  it('answers a task that fails with its error and still prepares the rest of the group', async () => {
    const broken = { title: 'No text', language: 'en', text: undefined } as unknown as SourceInput;
    const alone = await prepareSource(broken).then(
      () => undefined,
      (err: Error) => err,
    );
    expect(alone).toBeInstanceOf(Error);
    const [first, failed, last] = await prepareSources([{ input: article(3) }, { input: broken }, { input: article(4) }]);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toBe(alone!.message);
    expect(first).toStrictEqual(await prepareSource(article(3)));
    expect(last).toStrictEqual(await prepareSource(article(4)));
  });
});
