import { describe, expect, it } from 'vitest';
import { documentNames } from '../../src/extract/mentions.js';
import { claimQuoted } from './claim-of.js';

// A capital opening a line says nothing of a name: every line opens with one. These texts are laid out as pages give
// them, the headline on a line of its own with no stop.
describe('a word opening a line', () => {
  it('is read as a sentence’s first word after a headline with no stop ("Retail sales climb", then "Retail sales rose …")', () => {
    const title = 'Retail sales climb';
    const text = `${title}\nRetail sales rose 0.4% in October from September, the Commerce Department said on Friday.`;
    const c = claimQuoted(text, '0.4%', { publishedAt: '2024-11-15', title });
    expect(c.proposition?.subject).toEqual(['united-states']);
  });

  it('is counted once where the text opens with its own headline ("Live blog: …" is no party)', () => {
    const title = 'Live blog: It is official, the ANC gets 40 percent of the vote in the 2024 elections';
    const text = `${title}\n\nCounting ended on Saturday.`;
    const c = claimQuoted(text, '40 percent', { publishedAt: '2024-06-01', title });
    expect(c.proposition?.subject).toEqual(['anc']);
  });

  it('is no name when it asks ("Why gold prices just hit a new record", "Why investors …", "Why central banks …")', () => {
    const text = 'Why gold prices just hit a new record\n\nWhy investors keep buying is no mystery.\nWhy central banks do is another story.';
    expect(documentNames(text).forms.find(text)).toEqual([]);
  });

  it('is no name when it is the head word of an institution’s name ("Bank of Canada …" opening the headline, "Bank economists …" a line)', () => {
    const title = 'Bank of Canada makes first rate cut in more than four years';
    const text = `${title}\n\nBank economists had expected the cut on Wednesday.\n\nThe April inflation rate was 2.7%, closer to the Bank’s ideal target of 2%.`;
    const c = claimQuoted(text, '2.7%', { publishedAt: '2024-06-05', title });
    expect(c.proposition?.subject).toEqual(['canada']);
  });

  it('still names a party where a run of capitalised words opens rows of a table ("Shiv Sena – 7")', () => {
    const title = 'Lok Sabha poll results 2024: Final table of seats won by parties';
    const text = `${title}\n\nNCP (Sharad Pawar) – 8\n\nShiv Sena – 7\n\nShiv Sena (Uddhav Balasaheb Thackrey) – 9`;
    const c = claimQuoted(text, '7', { publishedAt: '2024-06-05', title }, { exact: true });
    expect(c.proposition?.subject).toEqual(['shiv-sena']);
  });
});

describe('a word opening a line below the lead', () => {
  it('is a person quoted more often than the story’s subject: "Cook told analysts …" leaves Apple its figures', () => {
    const title = 'Apple iPhone revenue slips in China';
    const text = `${title}\n\nApple said revenue from Greater China fell 13% to $20.82 billion in the December quarter.\n\nCook told analysts the company now has more than 2.2 billion active devices worldwide.\n\nServices revenue hit a record $23.1 billion, Cook said, up 11% from a year earlier.`;
    expect(claimQuoted(text, '$23.1 billion', { publishedAt: '2024-02-01', title }).proposition?.subject).toEqual(['apple']);
  });

  it('is no name where it opens a measure’s words ("Housing starts rose …" on lines of their own)', () => {
    const title = 'Housing starts jump in April';
    const text = `${title}\nHousing starts rose 5.7% to an annual rate of 1.36 million units in April\nHousing completions fell 2% in April`;
    expect(claimQuoted(text, '5.7%', { publishedAt: '2024-05-15', title }).proposition?.subject ?? []).not.toContain('housing');
  });
});
