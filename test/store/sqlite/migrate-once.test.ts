import { describe, expect, it } from 'vitest';
import { migrateOnce } from '../../../src/store/sqlite/client.js';

describe('migrateOnce', () => {
  it('runs the migrator again when another process created the tables first', () => {
    let calls = 0;
    migrateOnce(() => {
      calls++;
      if (calls === 1) throw new Error('Failed to run the query', { cause: new Error('table `claims` already exists') });
    });
    expect(calls).toBe(2);
  });

  it('gives up after three attempts, and rethrows other errors at once', () => {
    let calls = 0;
    expect(() =>
      migrateOnce(() => {
        calls++;
        throw new Error('table `claims` already exists');
      }),
    ).toThrow(/already exists/);
    expect(calls).toBe(3);
    calls = 0;
    expect(() =>
      migrateOnce(() => {
        calls++;
        throw new Error('disk I/O error');
      }),
    ).toThrow(/disk I\/O/);
    expect(calls).toBe(1);
  });
});
