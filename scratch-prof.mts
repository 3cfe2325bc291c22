import { buildApp } from './src/app.ts';
import { testConfig } from './src/config.ts';
import { openStore } from './src/store/index.ts';
import { refreshConflicts } from './src/services/conflicts.ts';
const store = await openStore('/tmp/cites/soak.db');
const app = await buildApp({ config: testConfig({ maxEventLoopDelayMs: 0 } as any), store });
const time = async (label: string, fn: () => Promise<unknown>, n = 5) => {
  await fn();
  const t = performance.now(); let size = 0;
  for (let i = 0; i < n; i++) { const r: any = await fn(); size = r?.body?.length ?? 0; }
  console.log(label, ((performance.now() - t) / n).toFixed(1), 'ms', size ? `${Math.round(size/1024)} kB` : '');
};
const conflicts = (await app.inject('/v1/conflicts?status=all&limit=100')).json().data as any[];
conflicts.sort((a, b) => b.claims.length - a.claims.length);
const big = conflicts[0];
console.log('largest', big.id, big.claims.length, 'total members', conflicts.reduce((s, c) => s + c.claims.length, 0));
await time('GET /v1/conflicts', () => app.inject('/v1/conflicts'));
await time('GET /v1/conflicts/{largest}', () => app.inject(`/v1/conflicts/${big.id}`));
await time('GET citations (largest group)', () => app.inject(`/v1/claims/${big.claims[5].claimId}/citations`));
await time('GET /v1/claims?limit=20', () => app.inject('/v1/claims?limit=20'));
const p = { metric: big.metric, periodStart: big.period.start, periodEnd: big.period.end };
let claimsMs = 0, replaceMs = 0, judgeTotal = 0;
const t0 = performance.now();
await store.write(async (tx) => {
  const orig = tx.claimsOfProposition.bind(tx); const rep = tx.replaceConflicts.bind(tx);
  (tx as any).claimsOfProposition = async (q: any) => { const t = performance.now(); const r = await orig(q); claimsMs += performance.now() - t; return r; };
  (tx as any).replaceConflicts = async (q: any, w: any) => { const t = performance.now(); const r = await rep(q, w); replaceMs += performance.now() - t; return r; };
  await refreshConflicts(tx, [p]);
});
judgeTotal = performance.now() - t0;
console.log(`refresh largest: total ${judgeTotal.toFixed(1)} ms, claimsOfProposition ${claimsMs.toFixed(1)}, replaceConflicts ${replaceMs.toFixed(1)}`);
await app.close(); await store.close();
