import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/schemas/conflicts.js';
import { ingestSource } from '../../src/services/ingest.js';
import { createTestApp, type TestApp } from '../helpers.js';

// Outlook stories written for this test: a bank's forecast of 2026 growth, reported in two months.
const story = (id: string, publishedAt: string, rate: string, country = 'Chile') => ({
  id,
  title: `Outlook ${id}`,
  publisher: `Desk ${id}`,
  publishedAt,
  text: `The World Bank forecast that ${country}'s economy will grow ${rate}% in 2026, the bank said in its outlook. Filed by desk ${id}.`,
});

const conflictsOf = async (t: TestApp, metric: string) =>
  ((await t.app.inject(`/v1/conflicts?status=all&metric=${metric}`)).json().data as Conflict[]).map((c) => ({
    status: c.status,
    sources: c.claims.map((m) => m.sourceId).sort(),
    reported: /as reported in (\w+ \d{4})/.exec(c.explanation)?.[1] ?? null,
  }));

describe('forecasts issued at different times', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    for (const s of [
      // Chile: two outlets report the January forecast (2.4 %, 2.6 %: they disagree), two the June revision (2.8 %).
      story('jan-a', '2024-01-10', '2.4'),
      story('jan-b', '2024-01-11', '2.6'),
      story('jun-a', '2024-06-12', '2.8'),
      story('jun-b', '2024-06-13', '2.8'),
      // Peru: the same figure reported in January and again weeks later is one forecast, restated.
      story('peru-jan', '2024-01-10', '3.1', 'Peru'),
      story('peru-feb', '2024-02-20', '3.1', 'Peru'),
      // Bolivia: the January edition and the June edition give the same figure: two views, each restated by its reports.
      story('bol-jan-a', '2024-01-10', '2.2', 'Bolivia'),
      story('bol-jan-b', '2024-01-12', '2.2', 'Bolivia'),
      story('bol-jun', '2024-06-12', '2.2', 'Bolivia'),
    ])
      await ingestSource(t.store, s);
  });
  afterAll(() => t.close());

  it('judges each issue of a disputed forecast apart: a revision is not sources disagreeing', async () => {
    const groups = await conflictsOf(t, 'gdp.chile.growth.forecast');
    expect(groups).toEqual(
      expect.arrayContaining([
        { status: 'discrepancy', sources: ['jan-a', 'jan-b'], reported: 'January 2024' },
        { status: 'agreement', sources: ['jun-a', 'jun-b'], reported: 'June 2024' },
      ]),
    );
    expect(groups).toHaveLength(2);
  });

  it('keeps one group when reports weeks apart agree', async () => {
    expect(await conflictsOf(t, 'gdp.peru.growth.forecast')).toEqual([{ status: 'agreement', sources: ['peru-feb', 'peru-jan'], reported: null }]);
  });

  it('keeps editions half a year apart apart, even when they give the same figure', async () => {
    const groups = await conflictsOf(t, 'gdp.bolivia.growth.forecast');
    expect(groups.map((g) => g.sources)).toEqual([['bol-jan-a', 'bol-jan-b']]);
    expect(groups[0]!.status).toBe('agreement');
  });
});
