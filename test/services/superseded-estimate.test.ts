import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/schemas/conflicts.js';
import { ingestSource } from '../../src/services/ingest.js';
import { createTestApp, type TestApp } from '../helpers.js';

// Migration stories written for this test: each release revises the estimate the one before gave.
const story = (id: string, publishedAt: string, text: string) => ({ id, title: `Migration ${id}`, publisher: `Desk ${id}`, publishedAt, text });

const conflictsOf = async (t: TestApp, metric: string) =>
  ((await t.app.inject(`/v1/conflicts?status=all&metric=${metric}`)).json().data as Conflict[]).map((c) => ({
    status: c.status,
    period: c.period.start,
    sources: c.claims.map((m) => m.sourceId).sort(),
  }));

describe('estimates a revision replaced, reported at different times', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    for (const s of [
      // November: the year to June 2023 revised from 118,000; May: revised again, from 131,000.
      story(
        'nov-a',
        '2024-11-20',
        'Net migration to New Zealand in the year to June 2023 was revised up to 131,000 from a previous estimate of 118,000, the statistics office said.',
      ),
      story(
        'nov-b',
        '2024-11-21',
        'The statistics office revised net migration to New Zealand in the year to June 2023 up to 131,000, from a previous estimate of 118,000.',
      ),
      story(
        'may-a',
        '2025-05-20',
        'Net migration to New Zealand in the year to June 2023 was revised down to 127,000 from a previous estimate of 131,000, the statistics office said.',
      ),
      story(
        'may-b',
        '2025-05-21',
        'The statistics office now puts net migration to New Zealand in the year to June 2023 at 127,000, down from a previous estimate of 131,000.',
      ),
      // The same superseded estimate, told in November and again in May.
      story(
        'dec-nov',
        '2024-11-22',
        'Net migration to New Zealand in the year to December 2023 was revised up to 104,000 from a previous estimate of 96,000, the statistics office said.',
      ),
      story(
        'dec-may',
        '2025-05-22',
        'The statistics office said net migration to New Zealand in the year to December 2023 was 104,000, revised up from a previous estimate of 96,000.',
      ),
    ])
      await ingestSource(t.store, s);
  });
  afterAll(() => t.close());

  it('judges each time apart: the estimate replaced in November and the one replaced in May do not dispute', async () => {
    const groups = await conflictsOf(t, 'net-migration.new-zealand.total.previous-estimate');
    expect(groups.filter((g) => g.period === '2022-07-01')).toEqual([
      { status: 'agreement', period: '2022-07-01', sources: ['nov-a', 'nov-b'] },
      { status: 'agreement', period: '2022-07-01', sources: ['may-a', 'may-b'] },
    ]);
  });

  it('keeps one group when reports months apart give the same replaced estimate', async () => {
    const groups = await conflictsOf(t, 'net-migration.new-zealand.total.previous-estimate');
    expect(groups.filter((g) => g.period === '2023-01-01')).toEqual([{ status: 'agreement', period: '2023-01-01', sources: ['dec-may', 'dec-nov'] }]);
  });
});
