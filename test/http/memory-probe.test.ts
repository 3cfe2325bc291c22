import { describe, expect, it } from 'vitest';
import { guardMemoryUsage } from '../../src/http/server-limits.js';

describe('guardMemoryUsage', () => {
  it('returns the last good sample and reports the error when /proc cannot be read (EMFILE)', () => {
    let fail = false;
    const emfile = Object.assign(new Error('EMFILE: too many open files, uv_resident_set_memory'), { code: 'EMFILE' });
    const sample = { rss: 123, heapTotal: 50, heapUsed: 40, external: 3, arrayBuffers: 1 };
    const original = Object.assign(
      () => {
        if (fail) throw emfile;
        return sample;
      },
      {
        rss: () => {
          if (fail) throw emfile;
          return 123;
        },
      },
    );
    const proc = { memoryUsage: original as unknown as NodeJS.Process['memoryUsage'] };
    const errors: unknown[] = [];
    guardMemoryUsage((err) => errors.push(err), proc);

    expect(proc.memoryUsage()).toEqual(sample);
    fail = true;
    expect(() => proc.memoryUsage()).not.toThrow();
    expect(proc.memoryUsage()).toEqual(sample);
    expect(proc.memoryUsage.rss()).toBe(123);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe(emfile);
  });
});
