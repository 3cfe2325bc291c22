/**
 * The interactive docs at /docs, in a real browser, under the app's own Content-Security-Policy:
 * Swagger UI loads its scripts and styles, fetches the OpenAPI document and shows the
 * operations, and the browser reports no CSP violation, console error or page error.
 *
 * Needs Chromium (`bash scripts/install-browser.sh`); CHROMIUM_PATH overrides /usr/bin/chromium.
 * The screenshot is kept in E2E_ARTIFACTS_DIR, or in a fresh temp dir whose path is printed.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';
import { CHROMIUM_FLAGS, RECORD_CSP_VIOLATIONS } from './browser.js';

describe('/docs in headless Chromium', () => {
  let testApp: TestApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  let cspHeader: string | undefined;
  let renderMs = 0;

  beforeAll(async () => {
    testApp = await createTestApp({ seed: true });
    baseUrl = await testApp.app.listen({ host: '127.0.0.1', port: 0 });

    const launchedAt = performance.now();
    // Playwright gives every launch a new, empty --user-data-dir and removes it on close
    // (it refuses --user-data-dir among the args of a non-persistent launch).
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    const launchMs = performance.now() - launchedAt;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('requestfailed', (request) => failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));

    const startedAt = performance.now();
    const response = await page.goto(`${baseUrl}/docs`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    cspHeader = (await response?.headerValue('content-security-policy')) ?? undefined;
    await page.locator('.opblock-get .opblock-summary-path[data-path="/v1/sources"]').waitFor({ state: 'visible' });
    renderMs = performance.now() - startedAt;
    console.log(`chromium ${browser.version()}: launch ${launchMs.toFixed(0)} ms, /docs to operations shown ${renderMs.toFixed(0)} ms`);
  });

  afterAll(async () => {
    if (page) {
      const dir = process.env.E2E_ARTIFACTS_DIR ?? mkdtempSync(join(tmpdir(), 'provenance-e2e-'));
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'docs.png');
      await page.screenshot({ path: file, fullPage: true }).then(
        () => console.log(`screenshot: ${file}`),
        (error: unknown) => console.log(`no screenshot: ${String(error)}`),
      );
    }
    await browser?.close();
    await testApp?.close();
  });

  it('is served under the app’s Content-Security-Policy', () => {
    // Otherwise this whole check would pass without testing the policy at all.
    expect(cspHeader).toBeDefined();
    expect(cspHeader).toContain("script-src 'self'");
    expect(cspHeader).toContain("default-src 'self'");
  });

  it('shows the API’s title and version', async () => {
    const title = page.locator('.information-container .info .title');
    await title.waitFor({ state: 'visible' });
    expect(await title.textContent()).toContain('Provenance API');
    expect(await title.textContent()).toContain('1.0.0');
  });

  it('renders the operations from the OpenAPI document, GET /v1/sources among them', async () => {
    const getSources = page.locator('.opblock-get', { has: page.locator('.opblock-summary-path[data-path="/v1/sources"]') });
    expect(await getSources.count()).toBe(1);
    expect(await getSources.locator('.opblock-summary-method').textContent()).toBe('GET');
    const paths = await page.locator('.opblock-summary-path').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['/v1/sources', '/v1/sources/{id}', '/v1/claims', '/v1/conflicts', '/health']));
    // Swagger UI shows a red error box when it cannot load or parse the document.
    expect(await page.locator('.swagger-ui .errors-wrapper').count()).toBe(0);
    expect(await page.locator('.swagger-ui .loading-container').count()).toBe(0);
  });

  it('opens an operation and shows its parameters and responses', async () => {
    const getSources = page.locator('.opblock-get', { has: page.locator('.opblock-summary-path[data-path="/v1/sources"]') });
    await getSources.locator('.opblock-summary').first().click();
    await getSources.locator('.opblock-body .parameters').waitFor({ state: 'visible' });
    expect(await getSources.locator('.parameters').textContent()).toContain('limit');
    expect(await getSources.locator('.responses-wrapper').textContent()).toContain('200');
  });

  it('reports no CSP violation, console error or page error', async () => {
    const violations = (await page.evaluate('window.__cspViolations')) as string[];
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /content[- ]security[- ]policy/i.test(text))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
