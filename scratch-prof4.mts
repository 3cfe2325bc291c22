import { openStore } from './src/store/index.ts';
import { refreshConflicts } from './src/services/conflicts.ts';
const store = await openStore('/tmp/cites/soak.db');
const h = (store as any).handle.sqlite;
const groups = h.prepare('select c.id, c.metric, c.period_start ps, c.period_end pe, count(*) n from conflicts c join conflict_claims cc on cc.conflict_id = c.id group by c.id order by n desc').all();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const g of [groups[0], groups[Math.floor(groups.length / 2)], groups[groups.length - 1]]) {
  const p = { metric: g.metric, periodStart: g.ps, periodEnd: g.pe };
  const parts: Record<string, number> = {};
  for (let i = 0; i < 4; i++) {
    await store.write(async (tx) => {
      for (const name of ['claimsOfProposition', 'separationsAmong', 'conflictIdsOfProposition', 'replaceConflicts', 'latestReviews']) {
        const orig = (tx as any)[name].bind(tx);
        (tx as any)[name] = async (...a: any[]) => { const t = cpu(); const r = await orig(...a); if (i > 0) parts[name] = (parts[name] ?? 0) + (cpu() - t) / 3; return r; };
      }
      const t = cpu(); await refreshConflicts(tx, [p]); if (i > 0) parts.total = (parts.total ?? 0) + (cpu() - t) / 3;
    });
  }
  console.log(g.n, 'members:', Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '), 'ms cpu');
}
