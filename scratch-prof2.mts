import { openStore } from './src/store/index.ts';
import { citationsFor } from './src/services/citations.ts';
import { compareClaims } from './src/compare/index.ts';
const store = await openStore('/tmp/cites/soak.db');
const h = (store as any).handle.sqlite;
console.log('stored refs', h.prepare('select count(*) n from source_citations').get(), 'selectors', h.prepare('select count(*) n from quote_selectors').get());
const big = h.prepare('select conflict_id, count(*) n from conflict_claims group by conflict_id order by n desc limit 1').get();
const claim = h.prepare('select claim_id from conflict_claims where conflict_id = ? limit 1 offset 5').get(big.conflict_id).claim_id;
for (let i = 0; i < 3; i++) {
  let t = performance.now(); const page = await store.citationPage(claim, { limit: 20 }); const a = performance.now() - t;
  t = performance.now(); const r = await citationsFor(store, claim, 'http://x', { limit: 20 }); const b = performance.now() - t;
  console.log('citationPage', a.toFixed(1), 'citationsFor', b.toFixed(1), 'peers', page.peers.length, 'missing refs', page.peers.filter(p => !p.citation).length, 'missing sel', page.peers.filter(p => !p.selectors).length);
}
const t = performance.now();
const rows = await store.write((tx) => tx.claimsOfProposition({ metric: h.prepare('select metric from conflicts where id = ?').get(big.conflict_id).metric, periodStart: h.prepare('select period_start p from conflicts where id = ?').get(big.conflict_id).p, periodEnd: h.prepare('select period_end p from conflicts where id = ?').get(big.conflict_id).p }));
console.log('claimsOfProposition', (performance.now() - t).toFixed(1), rows.length);
