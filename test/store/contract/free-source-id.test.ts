import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../../../src/services/bulk-import.js';
import { deleteSource } from '../../../src/services/ingest.js';
import type { Store } from '../../../src/store/types.js';
import { openTestStore, TEST_ENGINE } from '../../helpers.js';

/**
 * A source with no id of its own takes its title's slug, or the slug with the smallest free
 * `-N` suffix (N ≥ 2); ids that merely begin with the slug ("…-x", "…ment") do not count.
 */
describe(`ids of sources with the same title (${TEST_ENGINE})`, () => {
  let store: Store;
  let close: () => Promise<void>;
  const freeId = (base: string) => store.write((tx) => tx.freeSourceId(base));
  const text = (i: number) => `Exports rose ${i + 1} % in March 2024, the ministry said.`;

  beforeAll(async () => {
    ({ store, close } = await openTestStore());
  }, 60_000);
  afterAll(() => close());

  it('are the slug, then -2, -3 … in order, and a freed suffix is taken again', async () => {
    const outcomes = await ingestBatch(
      store,
      Array.from({ length: 12 }, (_, i) => ({ title: 'Port volumes', text: text(i) })),
    );
    const ids = outcomes.map((o) => ('source' in o ? o.source!.id : undefined));
    expect(ids).toEqual(['port-volumes', ...Array.from({ length: 11 }, (_, i) => `port-volumes-${i + 2}`)]);

    await deleteSource(store, 'port-volumes-4');
    await deleteSource(store, 'port-volumes');
    expect(await freeId('port-volumes')).toBe('port-volumes');
    const [again] = await ingestBatch(store, [{ title: 'Port volumes', text: text(20) }]);
    expect('source' in again! && again.source!.id).toBe('port-volumes');
    expect(await freeId('port-volumes')).toBe('port-volumes-4');
  });

  it('do not count ids that only begin with the slug', async () => {
    await ingestBatch(store, [
      { id: 'rail-freight-x', title: 'Another title', text: text(30) },
      { id: 'rail-freightage', title: 'Another title', text: text(31) },
      { id: 'rail-freight', title: 'Another title', text: text(32) },
    ]);
    expect(await freeId('rail-freight')).toBe('rail-freight-2');
    expect(await freeId('rail-fre')).toBe('rail-fre');
  });
});
