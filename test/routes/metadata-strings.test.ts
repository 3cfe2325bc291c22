import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';

const KEY = 'metadata-key-0123456789';
const auth = { authorization: `Bearer ${KEY}` };
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { apiKeys: [KEY] } });
});
afterAll(() => t.close());

const post = (payload: object) => t.app.inject({ method: 'POST', url: '/v1/sources', headers: auth, payload });
const sourceCount = () => t.handle.sqlite.prepare('select count(*) from sources').pluck().get();

describe('metadata strings people will read', () => {
  const refused: Array<[string, object, string, string]> = [
    ['NUL in a title', { title: 'Annual\u0000report' }, 'body.title', 'U+0000'],
    ['a right-to-left override in a title', { title: 'Invoice \u202Efdp.exe' }, 'body.title', 'U+202E'],
    ['a bidi isolate in an author', { authors: ['Ann Lee', 'Bo \u2067Chen'] }, 'body.authors.1', 'U+2067'],
    ['a noncharacter in a publisher', { publisher: 'Wire\uFFFF' }, 'body.publisher', 'U+FFFF'],
    ['a supplementary-plane noncharacter', { publisher: 'Wire \u{10FFFE}' }, 'body.publisher', 'U+10FFFE'],
    ['a C1 control', { title: 'Next\u0085line' }, 'body.title', 'U+0085'],
    ['a carriage return', { title: 'One\rTwo' }, 'body.title', 'U+000D'],
    ['an escape sequence', { authors: ['\u001b[31mRed'] }, 'body.authors.0', 'U+001B'],
    ['a right-to-left override in a URL path', { url: 'https://example.org/report\u202Efdp.exe' }, 'body.url', 'U+202E'],
  ];
  it.each(refused)('refuses %s with a 400 naming the field and the character', async (_name, fields, path, codePoint) => {
    const before = sourceCount();
    const res = await post({ title: 'Fine title', text: 'Trade grew in 2024.', ...fields });
    const problem = expectProblem(res, 400);
    const error = problem.errors?.find((e) => e.path === path);
    expect(error, JSON.stringify(problem.errors)).toBeDefined();
    expect(error!.message).toContain(codePoint);
    expect(problem.detail).toContain(path);
    expect(sourceCount()).toBe(before);
  });

  it('accepts tab, newline, other scripts, emoji and directional marks in metadata', async () => {
    const res = await post({
      id: 'mixed-scripts',
      title: 'Трейд\tи торговля: 中俄贸易 😀 \u200Fمرحبا',
      authors: ['José Álvarez', 'Ли Вэй'],
      publisher: 'Wire\nService',
      text: 'A short text for the mixed-script title.',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().source.title).toBe('Трейд\tи торговля: 中俄贸易 😀 \u200Fمرحبا');
  });

  it('keeps the article text byte for byte, control and bidi characters included', async () => {
    const text = 'Quoted as sent: \u202Eevil\u202C, a bell \u0007, a noncharacter \uFDD0 and CRLF\r\nend.';
    const res = await post({ id: 'raw-text', title: 'Raw text', text });
    expect(res.statusCode).toBe(201);
    const stored = await t.app.inject('/v1/sources/raw-text/text');
    expect(stored.rawPayload.equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});
