import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';
import { API_KEYS, claimOf, ingest, KEYS, post, REPORTS } from '../support/review-fixtures.js';

// Every (from, to) pair of review states, each on a fresh database: the conflict is brought to
// `from` through the API, then `to` is requested. The expected table is written out here, not
// read from the code under test.
const STATES = ['open', 'confirmed', 'dismissed', 'explained', 'resolved', 'stale'] as const;
type State = (typeof STATES)[number];

const ALLOWED: Record<State, State[]> = {
  open: ['confirmed', 'dismissed', 'explained', 'resolved'],
  confirmed: ['open', 'dismissed', 'explained', 'resolved'],
  explained: ['open', 'confirmed', 'resolved'],
  dismissed: ['open'],
  resolved: ['open'],
  stale: ['open', 'confirmed', 'dismissed', 'explained', 'resolved'],
};

let t: TestApp;
let conflictId = '';
let northTrade = '';
let eastTrade = '';

beforeEach(async () => {
  t = await createTestApp({ config: { apiKeys: API_KEYS } });
  northTrade = claimOf((await ingest(t.app, REPORTS.north)).claims, 'trade.');
  await ingest(t.app, REPORTS.south);
  eastTrade = claimOf((await ingest(t.app, REPORTS.east)).claims, 'trade.');
  const conflicts = (await t.app.inject('/v1/conflicts')).json() as { data: Array<{ id: string; claims: Array<{ claimId: string }> }> };
  conflictId = conflicts.data.find((c) => c.claims.some((m) => m.claimId === northTrade))!.id;
});

afterEach(async () => {
  await t.close();
});

function bodyFor(state: State): Record<string, unknown> {
  switch (state) {
    case 'dismissed':
      // "different period" leaves the group as it is, so the conflict stays reviewable.
      return { state, reason: 'different-period' };
    case 'explained':
      return { state, note: 'One counts goods only.' };
    case 'resolved':
      return { state, value: 245e9, claimId: northTrade };
    default:
      return { state };
  }
}

const review = (state: State) => post(t.app, `/v1/conflicts/${conflictId}/reviews`, KEYS.reviewer, bodyFor(state));
const stateOf = async () => ((await t.app.inject(`/v1/conflicts/${conflictId}`)).json() as { review: { state: string } }).review.state;
const historyLength = async () => ((await t.app.inject(`/v1/conflicts/${conflictId}/reviews`)).json() as { data: unknown[] }).data.length;

/** Brings the conflict to `state` the way a user would. */
async function reach(state: State): Promise<void> {
  if (state === 'open') return;
  if (state === 'stale') {
    expect((await review('confirmed')).statusCode).toBe(201);
    // A correction moves a claim into the reviewed group: re-judging marks the verdict stale.
    const res = await post(t.app, `/v1/claims/${eastTrade}/corrections`, KEYS.reviewer, {
      reason: 'Misprinted year.',
      period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
    });
    expect(res.statusCode, res.body).toBe(201);
  } else {
    expect((await review(state)).statusCode).toBe(201);
  }
  expect(await stateOf()).toBe(state);
}

describe('review state transitions', () => {
  for (const from of STATES) {
    for (const to of STATES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : to === 'stale' ? 'refused (400: only re-judging sets stale)' : 'refused (409)'}`, async () => {
        await reach(from);
        const before = await historyLength();
        const res = await review(to);
        if (allowed) {
          expect(res.statusCode, res.body).toBe(201);
          expect(await stateOf()).toBe(to);
          expect(await historyLength()).toBe(before + 1);
        } else {
          const problem = expectProblem(res, to === 'stale' ? 400 : 409);
          if (to !== 'stale') expect(problem.detail).toContain(`is '${from}' and cannot become '${to}'`);
          expect(await stateOf()).toBe(from);
          expect(await historyLength()).toBe(before);
        }
      });
    }
  }
});

describe('stale after re-judging', () => {
  it.each(['confirmed', 'explained', 'resolved', 'dismissed'] as const)(
    'marks a %s review stale with what changed when a member’s value is corrected',
    async (state) => {
      await reach(state);
      const res = await post(t.app, `/v1/claims/${northTrade}/corrections`, KEYS.reviewer, { reason: 'Rounded in print.', value: 245.3e9 });
      expect(res.statusCode, res.body).toBe(201);
      const history = ((await t.app.inject(`/v1/conflicts/${conflictId}/reviews`)).json() as { data: Array<{ state: string; changes: unknown }> }).data;
      expect(history.at(-1)).toMatchObject({
        state: 'stale',
        changes: { was: state, values: [{ claimId: northTrade, from: { value: 245e9 }, to: { value: 245.3e9 } }] },
      });
    },
  );

  it('leaves an open conflict open when re-judging changes it (nothing was reviewed)', async () => {
    const res = await post(t.app, `/v1/claims/${northTrade}/corrections`, KEYS.reviewer, { reason: 'Rounded in print.', value: 245.3e9 });
    expect(res.statusCode).toBe(201);
    expect(await stateOf()).toBe('open');
    expect(await historyLength()).toBe(0);
  });

  it('does not mark a review stale when re-judging leaves its group as it was', async () => {
    await reach('confirmed');
    // The German figures are another proposition: correcting one re-judges that group only.
    const german = ((await t.app.inject('/v1/claims?sourceId=north-gazette')).json() as { data: Array<{ id: string; metric: string }> }).data.find((c) =>
      c.metric.startsWith('exports.'),
    )!;
    expect((await post(t.app, `/v1/claims/${german.id}/corrections`, KEYS.reviewer, { reason: 'Goods only.', excluded: true })).statusCode).toBe(201);
    expect(await stateOf()).toBe('confirmed');
  });
});
