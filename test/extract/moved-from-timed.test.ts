import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-03-18', title: 'Annual inflation in Spain confirmed at 2.9% in February' };

describe('"from X in October to Y": the time after the figure moved from is that figure’s', () => {
  const text = 'Yearly consumer inflation in Spain eased from 3.0% in January to 2.9%, data showed.';
  it('the figure moved from is January’s', () => {
    expect(claimQuoted(text, '3.0%', META).period).toMatchObject({ start: '2025-01-01', end: '2025-01-31' });
  });
  it('the figure moved to is of the month the text is about, not January', () => {
    expect(claimQuoted(text, '2.9%', META).period).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
  });
});

describe('"decelerated to X from Y": the figure moved from is of the period before', () => {
  it.each(['decelerated', 'moderated', 'cooled', 'softened'])('%s', (verb) => {
    const text = `Core inflation in Spain ${verb} to 2.2 percent in February from 2.4 percent.`;
    expect(claimQuoted(text, '2.4 percent', META).period).toMatchObject({ start: '2025-01-01', end: '2025-01-31' });
  });
});

describe('"X for 2024, down from Y": a level set against the one it moved from', () => {
  const meta = { publishedAt: '2025-01-30', title: 'Tesla profit halves' };

  it('the figure moved from is of the year before', () => {
    const text = 'Tesla reported net income of $7.1 billion for 2024, down from $15 billion.';
    expect(claimQuoted(text, '$7.1 billion', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(claimQuoted(text, '$15 billion', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('keeps a time of its own ("down from $15 billion in 2022")', () => {
    const text = 'Tesla reported net income of $7.1 billion for 2024, down from $15 billion in 2022.';
    expect(claimQuoted(text, '$15 billion', meta).period).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('"… for fiscal 2024, up from Y": the year before by the same convention, unless a view was revised', () => {
  it('a fiscal year steps back a fiscal year ("revenue of $245.1 billion for fiscal 2024, up from $211.9 billion")', () => {
    const text = 'Microsoft reported revenue of $245.1 billion for fiscal 2024, up from $211.9 billion.';
    const meta = { publishedAt: '2024-07-31', title: 'Microsoft results' };
    const level = claimQuoted(text, '$245.1 billion', meta).period;
    const before = claimQuoted(text, '$211.9 billion', meta).period;
    const start = level?.start ?? '';
    expect((before?.end ?? '') < start).toBe(true);
    expect(before?.start?.slice(5)).toBe(start.slice(5));
    expect(Number(start.slice(0, 4)) - Number(before?.start?.slice(0, 4))).toBe(1);
  });

  it('a revised view keeps its year: "now expects revenue of about $51 billion for fiscal 2024, up from $50 billion"', () => {
    const text = 'Broadcom now expects revenue of about $51 billion for fiscal 2024, up from $50 billion.';
    const meta = { publishedAt: '2024-06-12', title: 'Broadcom lifts AI revenue outlook' };
    expect(claimQuoted(text, '$50 billion', meta).period).toEqual(claimQuoted(text, 'about $51 billion', meta).period);
  });

  it('a forecast set against last year steps back ("expects to carry 210 million passengers in 2025, up from 198 million")', () => {
    const text = 'Ryanair expects to carry 210 million passengers in 2025, up from 198 million.';
    const meta = { publishedAt: '2025-01-27', title: 'Ryanair traffic outlook' };
    expect(claimQuoted(text, '198 million', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('an earlier view named after the figure keeps the year ("up from the 4.4% targeted")', () => {
    const text = 'France posted a budget deficit of 5.8% of GDP for 2024, up from the 4.4% targeted.';
    const meta = { publishedAt: '2025-03-27', title: 'French deficit overshoots' };
    expect(claimQuoted(text, '4.4%', meta).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('"That is down from Y", pointing back at the statement before', () => {
  it("is of the year before that statement's whole year", () => {
    const text = 'Tesla reported net income of $7.1 billion for 2024. That is down from $15 billion.';
    const claim = claimQuoted(text, '$15 billion', { publishedAt: '2025-01-30', title: 'Tesla profit halves' });
    expect(claim.proposition?.subject).toEqual(['tesla']);
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it("is not compared when the statement's time is a month (the month before, or a year earlier?)", () => {
    const text = 'UK inflation eased to 2.0% in May. That was down from 2.3%.';
    expect(claimQuoted(text, '2.3%', { publishedAt: '2024-06-19', title: 'UK inflation' }).comparable).toBe(false);
  });

  it('is not stepped back after a revised view, nor compared', () => {
    const text = 'Broadcom now expects revenue of about $51 billion for fiscal 2024. That is up from $50 billion.';
    const meta = { publishedAt: '2024-06-12', title: 'Broadcom outlook' };
    const claim = claimQuoted(text, '$50 billion', meta);
    expect(claim.period).toEqual(claimQuoted(text, 'about $51 billion', meta).period);
    expect(claim.comparable).toBe(false);
  });
});

describe('a figure set against a view or against several parties ("down from", "That is down from")', () => {
  it('is not compared after a forecast, in the same sentence or the next ("expects … in 2025, down from 2.2%")', () => {
    const meta = { publishedAt: '2024-12-12', title: 'ECB staff projections' };
    expect(claimQuoted('The ECB expects inflation to average 2.1% in 2025, down from 2.2%.', '2.2%', meta).comparable).toBe(false);
    const next = 'The Bank of England sees inflation averaging 2.5% in 2025. That is down from 2.7%.';
    expect(claimQuoted(next, '2.7%', { publishedAt: '2025-02-06', title: 'BoE forecasts' }).comparable).toBe(false);
  });

  it('is not compared after a statement of two parties ("Toyota sold …, while Volkswagen sold …. That is down from 11.2 million.")', () => {
    const text = 'Toyota sold 10.8 million vehicles in 2024, while Volkswagen sold 9.0 million. That is down from 11.2 million.';
    expect(claimQuoted(text, '11.2 million', { publishedAt: '2025-01-30', title: 'Car sales' }).comparable).toBe(false);
  });
});
