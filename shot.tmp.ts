import { chromium } from 'playwright-core';
import { createTestApp } from './test/helpers.js';
const t = await createTestApp({ seed: true });
const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const pages = (process.argv[2] ?? '/conflicts/cfl_a4f21323572ad984').split(',');
for (const [w, h, tag] of [[1280, 900, 'desk'], [375, 800, 'phone']] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  for (const p of pages) {
    await page.goto(base + p);
    await page.screenshot({ path: `/tmp/shot-${tag}-${p.replace(/\W+/g, '_')}.png`, fullPage: process.env.FULL === '1' });
  }
  await ctx.close();
}
await browser.close();
await t.close();
