import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';

const KEY = 'rendered-key-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { apiKeys: [KEY] } });
});
afterAll(() => t.close());

/** Code points that must never reach a reader as they are. */
const FORBIDDEN = ['\u202E', '\u0000', '\uFFFF'];
const forbiddenIn = (s: string) => FORBIDDEN.filter((c) => s.includes(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);

const ID = 'hostile-text';
const TEXT =
  'Shipments through the port reached 4.5 million tonnes in 2024, the authority said \u202Ein reverse\u202C.\n' +
  'A NUL \u0000 and a noncharacter \uFFFF sit in the text, and exports rose to $12 billion in 2024.';

describe('renderings of text holding control, bidi and noncharacter code points', () => {
  let claims: Array<{ id: string; quote: { exact: string; start: number; end: number } }>;

  beforeAll(async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/sources',
      headers: { authorization: `Bearer ${KEY}` },
      payload: { id: ID, title: 'Port report', authors: ['Ann Lee'], publisher: 'Harbour Wire', publishedAt: '2025-02', text: TEXT },
    });
    expect(res.statusCode, res.body).toBe(201);
    // Metadata stored before validation existed: written straight into the table.
    t.handle.sqlite
      .prepare('update sources set title = ?, publisher = ? where id = ?')
      .run('Port \u202Etroper\u202C report\u0000 \uFFFF', 'Harbour\u0000Wire \u202E', ID);
    const list = await t.app.inject(`/v1/claims?sourceId=${ID}&limit=50`);
    expect(list.statusCode, list.body).toBe(200);
    claims = list.json().data;
    expect(claims.length).toBeGreaterThan(0);
  });

  it('keeps the exact bytes in the raw text, and offsets still index it by code point', async () => {
    const raw = await t.app.inject(`/v1/sources/${ID}/text`);
    expect(raw.statusCode).toBe(200);
    expect(raw.rawPayload.equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
    for (const { quote } of claims) expect(Array.from(TEXT).slice(quote.start, quote.end).join('')).toBe(quote.exact);
    // The figure after the NUL and the noncharacter is found at its code point offset.
    const late = claims.find((c) => c.quote.exact.includes('12 billion'));
    expect(late?.quote.start).toBe(Array.from(TEXT).findIndex((_c, i, all) => all.slice(i, i + 3).join('') === '$12'));
  });

  it('the source page shows none of them, only visible escapes', async () => {
    const page = await t.app.inject(`/sources/${ID}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(forbiddenIn(page.body)).toEqual([]);
    expect(page.body).toContain('Port ⟨U+202E⟩troper⟨U+202C⟩ report⟨U+0000⟩ ⟨U+FFFF⟩');
    expect(page.body).toContain('said ⟨U+202E⟩in reverse⟨U+202C⟩.');
    expect(page.body).toContain('A NUL ⟨U+0000⟩ and a noncharacter ⟨U+FFFF⟩');
  });

  it('the sources index and the search page show none of them', async () => {
    for (const url of ['/sources', '/search?q=noncharacter', '/search?q=shipments']) {
      const page = await t.app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(forbiddenIn(page.body), url).toEqual([]);
    }
  });

  it('the formatted citations (APA, MLA, Chicago) hold none of them', async () => {
    const res = await t.app.inject(`/v1/claims/${claims[0]!.id}/citations`);
    expect(res.statusCode, res.body).toBe(200);
    const formatted = res.json().citations[0].formatted as Record<string, string>;
    for (const style of ['apa', 'mla', 'chicago']) {
      expect(forbiddenIn(formatted[style]!), style).toEqual([]);
      expect(formatted[style], style).toContain('⟨U+202E⟩troper');
    }
  });

  it('the BibTeX and RIS exports hold none of them', async () => {
    for (const format of ['bibtex', 'ris']) {
      const res = await t.app.inject(`/v1/claims/${claims[0]!.id}/citations?format=${format}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(forbiddenIn(res.body), format).toEqual([]);
      expect(res.body, format).toContain('⟨U+202E⟩troper');
    }
  });
});
