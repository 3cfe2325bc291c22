/**
 * The explorer's pages in headless Chromium under the app's own Content-Security-Policy: each
 * page type renders its content, highlights and links, the copy buttons work, deep links land
 * on their claim, nothing is blocked or logged as an error, axe-core finds no serious or
 * critical violation, and the pages fit a phone's width.
 *
 * Needs Chromium (`bash scripts/install-browser.sh`); CHROMIUM_PATH overrides /usr/bin/chromium.
 * Screenshots (desktop and phone) go to E2E_ARTIFACTS_DIR, by default test-results/explorer.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpCitationStyles } from '../../src/cite/index.js';
import { addShareNote, createTestApp, type TestApp } from '../helpers.js';
import { CHROMIUM_FLAGS, RECORD_CSP_VIOLATIONS } from './browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = process.env.E2E_ARTIFACTS_DIR ?? join(process.cwd(), 'test-results', 'explorer');

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } } as const;
type ViewportName = keyof typeof VIEWPORTS;

interface Visit {
  page: Page;
  problems: string[];
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let testApp: TestApp;
let browser: Browser;
let baseUrl: string;
const contexts: Partial<Record<ViewportName, BrowserContext>> = {};
const axeReport: string[] = [];
let tradeId: string;
let gillClaimId: string;

async function contextFor(name: ViewportName): Promise<BrowserContext> {
  let context = contexts[name];
  if (!context) {
    context = await browser.newContext({ viewport: VIEWPORTS[name], ...(name === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    contexts[name] = context;
  }
  return context;
}

/** Opens a page and records every console error, page error, failed request and non-2xx response. */
async function visit(path: string, viewport: ViewportName = 'desktop'): Promise<Visit> {
  const page = await (await contextFor(viewport)).newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => {
    // Leaving a page cancels what it was still fetching (its icon, say): that is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  expect(await response?.headerValue('content-security-policy')).toContain("script-src 'self'");
  return { page, problems };
}

/** No CSP violation, no error of any kind, axe-core clean of serious/critical, no sideways scrolling. */
async function expectHealthy({ page, problems }: Visit, name: string): Promise<void> {
  const violations = (await page.evaluate('window.__cspViolations')) as string[];
  expect(violations, name).toEqual([]);
  expect(problems, name).toEqual([]);
  // Evaluated through the DevTools protocol, so the page's CSP does not stop the injection.
  await page.evaluate(AXE_SOURCE);
  const axe = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as { violations: AxeViolation[] };
  for (const v of axe.violations) axeReport.push(`${name}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.help}`);
  const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    severe.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  warmUpCitationStyles();
  testApp = await createTestApp({ seed: true });
  await addShareNote(testApp.store);
  baseUrl = await testApp.app.listen({ host: '127.0.0.1', port: 0 });
  const conflicts = (await testApp.app.inject('/v1/conflicts?metric=trade.china-russia.total')).json() as {
    data: Array<{ id: string; period: { label: string }; claims: Array<{ claimId: string; value: number }> }>;
  };
  const trade = conflicts.data.find((c) => c.period.label === '2024')!;
  tradeId = trade.id;
  gillClaimId = trade.claims.find((c) => c.value === 237e9)!.claimId;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  if (axeReport.length) console.log(`axe-core findings below serious:\n  ${axeReport.join('\n  ')}`);
  else console.log('axe-core: no violations on any page');
  console.log(`screenshots: ${ARTIFACTS}`);
  await browser?.close();
  await testApp?.close();
});

describe('explorer pages in headless Chromium', () => {
  it('home: the search box and the 2024 trade discrepancy', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const v = await visit('/', viewport);
      await expect.poll(() => v.page.locator(`.conflict-list a[href="/conflicts/${tradeId}"]`).count()).toBe(1);
      expect(await v.page.getByRole('searchbox', { name: 'Search the claims’ sentences' }).isVisible()).toBe(true);
      await expectHealthy(v, `home (${viewport})`);
      await screenshot(v.page, `home-${viewport}`);
      await v.page.close();
    }
  });

  it('conflict: three sources on one axis, 237 billion marked as the outlier, each sentence highlighted', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const v = await visit(`/conflicts/${tradeId}`, viewport);
      const { page } = v;
      const chart = page.locator('svg.number-line');
      expect(await chart.isVisible()).toBe(true);
      expect(await chart.locator('g.member').count()).toBe(3);
      const outlier = chart.locator('g.member.outlier');
      expect(await outlier.count()).toBe(1);
      expect(await outlier.locator('text').textContent()).toContain('US$237B · outlier');
      const box = await chart.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
      const figures = page.locator('article.statement mark.figure');
      expect(await figures.allTextContents()).toEqual(['$237 billion', 'US$244.8 billion', 'about $245 billion']);
      expect(await page.locator(`article.statement a[href="/sources/gill-conditional-embrace#${gillClaimId}"]`).count()).toBe(1);
      // The script ran: the copy buttons are shown.
      expect(await page.locator('button[data-copy]:visible').count()).toBe(12);
      await expectHealthy(v, `conflict (${viewport})`);
      await screenshot(page, `conflict-${viewport}`);
      if (viewport === 'desktop') await screenshot(page, 'conflict-desktop-top', false);
      await page.close();
    }
  });

  it('conflict: a copy button puts the citation on the clipboard and says so', async () => {
    const v = await visit(`/conflicts/${tradeId}`);
    const apa = await v.page.locator('#cite-gill-conditional-embrace-apa').textContent();
    await v.page.locator('button[data-copy="cite-gill-conditional-embrace-apa"]').click();
    await expect.poll(() => v.page.locator('.copy-status').textContent()).toBe('APA citation copied.');
    expect(await v.page.evaluate('navigator.clipboard.readText()')).toBe(apa);
    await expectHealthy(v, 'conflict after copy');
    await v.page.close();
  });

  it('conflict without JavaScript: chart, sentences and citations are all there; the copy buttons stay hidden', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/conflicts/${tradeId}`);
    expect(await page.locator('svg.number-line g.member.outlier').isVisible()).toBe(true);
    expect(await page.locator('article.statement mark.figure').count()).toBe(3);
    expect(await page.locator('#cite-gill-conditional-embrace-bibtex').isVisible()).toBe(true);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    await context.close();
  });

  it('source: a deep link scrolls to its claim and highlights it; focus shows the structured claim and its conflict', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const v = await visit(`/sources/gill-conditional-embrace#${gillClaimId}`, viewport);
      const { page } = v;
      const mark = page.locator(`mark#${gillClaimId}`);
      await expect.poll(() => mark.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 210, 77)');
      const box = await mark.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORTS[viewport].height);
      expect(await page.locator('.fulltext mark.claim').count()).toBeGreaterThan(10);

      const tip = page.locator(`#tip-${gillClaimId}`);
      expect(await tip.isVisible()).toBe(false);
      await mark.locator('a.claim-link').focus();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain('US$237B');
      const tipBox = (await tip.boundingBox())!;
      expect(tipBox.x).toBeGreaterThanOrEqual(0);
      expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
      // The next Tab reaches the conflict link inside the pop-up, which stays open.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe(`/conflicts/${tradeId}`);
      expect(await tip.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/conflicts/${tradeId}`);
      await page.goBack();
      await expectHealthy(v, `source (${viewport})`);
      await page.goto(`${baseUrl}/sources/gill-conditional-embrace#${gillClaimId}`);
      await screenshot(page, `source-${viewport}`, false);
      await page.close();
    }
  });

  it('metric: a time series with one series per source, and a table of the claims', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const v = await visit('/metrics/trade.china-russia.total', viewport);
      expect(await v.page.locator('svg.time-series').isVisible()).toBe(true);
      expect(await v.page.locator('svg.time-series g.series').count()).toBe(4);
      expect(await v.page.locator('.legend li').allTextContents()).toContain('Zorawar Singh Gill (circle)');
      await expectHealthy(v, `metric (${viewport})`);
      await screenshot(v.page, `metric-${viewport}`);
      await v.page.close();
    }
  });

  it('conflicts list and search: filters by form, matched words marked', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const v = await visit('/conflicts', viewport);
      await v.page.getByLabel('Status').selectOption('all');
      await v.page.getByLabel('Period (year)').fill('2025');
      await Promise.all([v.page.waitForURL(/year=2025/), v.page.getByRole('button', { name: 'Filter' }).click()]);
      expect(await v.page.locator('.conflict-item').count()).toBe(1);
      await expectHealthy(v, `conflicts (${viewport})`);
      await screenshot(v.page, `conflicts-${viewport}`);

      await v.page.getByRole('searchbox', { name: 'Search claims' }).fill('Trade 2024');
      await Promise.all([v.page.waitForURL(/\/search\?q=Trade/), v.page.getByRole('searchbox', { name: 'Search claims' }).press('Enter')]);
      expect(await v.page.locator('.search-results > li').count()).toBeGreaterThan(0);
      const marked = new Set((await v.page.locator('mark.match').allTextContents()).map((t) => t.toLowerCase()));
      expect([...marked].sort()).toEqual(['2024', 'trade']);
      await expectHealthy(v, `search (${viewport})`);
      await screenshot(v.page, `search-${viewport}`);
      await v.page.close();
    }
  });

  it('sources and metrics indexes, reached by keyboard from the skip link and the main navigation', async () => {
    const v = await visit('/');
    await v.page.keyboard.press('Tab');
    expect(await v.page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Tab');
    expect(await v.page.evaluate('document.activeElement.getAttribute("href")')).toBe('/sources');
    await Promise.all([v.page.waitForURL(`${baseUrl}/sources`), v.page.keyboard.press('Enter')]);
    // The five seed articles and the share note added above.
    expect(await v.page.locator('.source-list li').count()).toBe(6);
    await expectHealthy(v, 'sources');
    await v.page.goto(`${baseUrl}/metrics`);
    expect(await v.page.locator('.metric-list a[href="/metrics/trade.china-russia.total"]').count()).toBe(1);
    await expectHealthy(v, 'metrics');
    await v.page.close();
  });
});
