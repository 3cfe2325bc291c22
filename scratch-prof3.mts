import Database from 'better-sqlite3';
const h = new Database('/tmp/cites/soak.db');
const big = h.prepare('select conflict_id, count(*) n from conflict_claims group by conflict_id order by n desc limit 1').get() as any;
const claim = (h.prepare('select claim_id, source_id from conflict_claims where conflict_id = ? limit 1 offset 5').get(big.conflict_id)) as any;
const q = `select * from conflict_claims inner join claims on claims.id = conflict_claims.claim_id inner join sources on sources.id = claims.source_id inner join passages on passages.id = claims.passage_id left join source_citations on source_citations.source_id = claims.source_id left join quote_selectors on quote_selectors.claim_id = claims.id where conflict_claims.conflict_id = ? and conflict_claims.source_id <> ? order by conflict_claims.claim_id limit 21`;
console.log(h.prepare('explain query plan ' + q).all(big.conflict_id, claim.source_id).map((r: any) => r.detail));
for (let i = 0; i < 3; i++) { const t = performance.now(); h.prepare(q).all(big.conflict_id, claim.source_id); console.log('peers ms', (performance.now() - t).toFixed(1)); }
const q2 = `select stance, count(*) from conflict_claims where conflict_id = ? and source_id <> ? group by stance`;
console.log(h.prepare('explain query plan ' + q2).all(big.conflict_id, claim.source_id).map((r: any) => r.detail));
for (let i = 0; i < 3; i++) { const t = performance.now(); h.prepare(q2).all(big.conflict_id, claim.source_id); console.log('counts ms', (performance.now() - t).toFixed(1)); }
const q3 = `select * from claims inner join sources on sources.id = claims.source_id inner join passages on passages.id = claims.passage_id left join source_citations on source_citations.source_id = claims.source_id left join quote_selectors on quote_selectors.claim_id = claims.id where claims.id = ?`;
console.log(h.prepare('explain query plan ' + q3).all(claim.claim_id).map((r: any) => r.detail));
for (let i = 0; i < 3; i++) { const t = performance.now(); h.prepare(q3).all(claim.claim_id); console.log('own ms', (performance.now() - t).toFixed(1)); }
