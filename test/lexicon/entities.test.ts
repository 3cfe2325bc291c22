import worldCountries, { type Countries } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { findMentions, isSubjectEntity, subjectOf } from '../../src/extract/mentions.js';
import { entities, entity, entityForms, slug } from '../../src/lexicon/entities.js';
import { facets, measures } from '../../src/lexicon/measures.js';

// The package is CommonJS with an ES default in its typings: take the array either way.
const countries = ((worldCountries as unknown as { default?: Countries }).default ?? worldCountries) as Countries;

/** Entity ids named in a sentence, in order. */
const idsIn = (sentence: string) => findMentions(sentence).entities.map((e) => e.id);

describe('gazetteer: countries', () => {
  it('holds one country entity per world-countries entry', () => {
    const ours = [...entities.values()].filter((e) => e.kind === 'country');
    expect(ours).toHaveLength(countries.length);
    expect(new Set(ours.map((e) => e.id)).size).toBe(countries.length);
  });

  it.each(countries.map((c) => ({ name: c.name.common, cca3: c.cca3 })))(
    '$name has an entity keyed by its slug that its name resolves to',
    ({ name, cca3 }) => {
      const e = entity(slug(name));
      expect(e).toMatchObject({ kind: 'country', label: name, iso3: cca3 });
      const found = entityForms.find(name);
      expect(found.map((f) => [f.text, f.value.id])).toEqual([[name, e.id]]);
    },
  );

  it.each([
    ['china', 'China'],
    ['russia', 'Russia'],
    ['united-states', 'United States'],
    ['united-kingdom', 'United Kingdom'],
    ['south-korea', 'South Korea'],
    ['turkiye', 'Türkiye'],
  ])('keys %s by the slug of its common name', (id, label) => {
    expect(entity(id).label).toBe(label);
  });

  it('gives the fiscal year start of the countries whose budgets do not follow the calendar', () => {
    expect(entity('united-states').fiscalYearStart).toBe(10);
    expect(entity('united-kingdom').fiscalYearStart).toBe(4);
    expect(entity('india').fiscalYearStart).toBe(4);
    expect(entity('australia').fiscalYearStart).toBe(7);
    expect(entity('germany').fiscalYearStart).toBeNull();
  });
});

describe('gazetteer: mentions', () => {
  it.each([
    // demonyms
    ['Chinese exporters shipped more steel.', ['china']],
    ['Russian crude went east.', ['russia']],
    ['German carmakers cut jobs.', ['germany']],
    ['British exporters complained.', ['united-kingdom']],
    ['Turkish airlines grew.', ['turkiye']],
    ['South Korean chipmakers expanded.', ['south-korea']],
    ['North Korean missiles were tested.', ['north-korea']],
    ['Emirati investors bought in.', ['united-arab-emirates']],
    // adjectives the country list gives only as a noun ("Filipino", "Kazakhstani"), or joined in one string ("Bosnian, Herzegovinian")
    ['The Philippine economy expanded.', ['philippines']],
    ['Kazakh oil output rose.', ['kazakhstan']],
    ['Argentinian inflation slowed.', ['argentina']],
    ['Icelandic banks recovered.', ['iceland']],
    ['Bosnian exports rose.', ['bosnia-and-herzegovina']],
    // the nations of the United Kingdom, each a place of its own statistics
    ['Recorded crime in Scotland fell.', ['scotland']],
    ['Welsh unemployment rose.', ['wales']],
    ['Prices in Northern Ireland rose faster than in Ireland.', ['northern-ireland', 'ireland']],
    // a name's "and" written as an ampersand is the same name, not the country inside it
    ['The All England Lawn Tennis & Croquet Club raised prize money.', ['all-england-club']],
    // metonyms: seats and buildings that stand for a government
    ['Officials in the Kremlin declined to comment.', ['russia']],
    ['A spokesman for the White House said so.', ['united-states']],
    ['Beijing and Moscow signed a deal.', ['china', 'russia']],
    ['Talks between Washington and New Delhi resumed.', ['united-states', 'india']],
    ['A statement from Downing Street followed.', ['united-kingdom']],
    // aliases
    ['Exports from Turkey rose.', ['turkiye']],
    ['The PRC objected.', ['china']],
    ['Trade between the UK and the U.S. grew.', ['united-kingdom', 'united-states']],
    // combining forms glued to another name
    ['Sino-Russian trade grew.', ['china', 'russia']],
    ['The Russo-Ukrainian war dragged on.', ['russia', 'ukraine']],
    ['Franco-German ties were tested.', ['france', 'germany']],
  ])('%s → %j', (sentence, expected) => {
    expect(idsIn(sentence)).toEqual(expected);
  });

  it('reads a combining form only when it is glued to another name', () => {
    expect(idsIn('Sino is a prefix, not a country.')).toEqual([]);
    const [sino, russian] = findMentions('Sino-Russian trade grew.').entities;
    expect(sino).toMatchObject({ id: 'china', form: 'prefix' });
    expect(russian).toMatchObject({ id: 'russia', form: 'demonym' });
  });

  it('tells the kind of mention apart', () => {
    expect(findMentions('Chinese exports rose.').entities[0]).toMatchObject({ id: 'china', form: 'demonym' });
    expect(findMentions('Officials in the Kremlin said so.').entities[0]).toMatchObject({ id: 'russia', form: 'metonym' });
    expect(findMentions("China's exports rose.").entities[0]).toMatchObject({ id: 'china', form: 'name', possessive: true });
  });

  it('never takes the pronoun "us" for the United States, but does take "US"', () => {
    expect(idsIn('The figures surprised us.')).toEqual([]);
    expect(idsIn('Let us look at the data.')).toEqual([]);
    expect(idsIn('The US economy grew.')).toEqual(['united-states']);
  });

  it('keeps Power of Siberia and Power of Siberia 2 apart', () => {
    expect(entity('power-of-siberia').id).not.toBe(entity('power-of-siberia-2').id);
    expect(idsIn('Power of Siberia 2 is still being negotiated.')).toEqual(['power-of-siberia-2']);
    expect(idsIn('Power of Siberia-2 talks stalled.')).toEqual(['power-of-siberia-2']);
    expect(idsIn('The Power of Siberia pipeline runs east.')).toEqual(['power-of-siberia']);
    expect(idsIn('Gas flows through Power of Siberia rose.')).toEqual(['power-of-siberia']);
  });

  it.each([
    // a demonym shared with dependent territories names the sovereign state
    ['French exports rose.', ['france']],
    ['Dutch exports rose.', ['netherlands']],
    ['American exports rose.', ['united-states']],
    ['Anglo-French ties were tested.', ['united-kingdom', 'france']],
    ['Korean chipmakers expanded.', ['south-korea']],
    // a seat that also names a bloc is the bloc's
    ['Officials from Brussels spoke.', ['european-union']],
    // the first word of a sentence, capitalised
    ['The Kremlin said so.', ['russia']],
    ['The White House said so.', ['united-states']],
    // companies, agencies and people of the gazetteer
    ['Tesla and BYD reported sales.', ['tesla', 'byd']],
    ['Elon Musk spoke to the Bundesbank.', ['elon-musk', 'bundesbank']],
  ])('%s → %j', (sentence, expected) => {
    expect(idsIn(sentence)).toEqual(expected);
  });

  it('reads no party in an epithet that names another one', () => {
    expect(idsIn("Europe's largest economy shrank.")).toEqual([]);
    expect(idsIn("Brazil, the world's second-largest beef exporter, sold more.")).toEqual(['brazil']);
    // a possessive before an ordinary noun still names its owner
    expect(idsIn("China's top exports rose.")).toEqual(['china']);
  });

  it('reads no country in a statistics bureau name several countries share, but one its text qualifies', () => {
    // Nigeria and China both have a "National Bureau of Statistics": the bare name is an agency of no known country.
    expect(idsIn('The National Bureau of Statistics said prices rose.')).toEqual(['national-statistics-bureau']);
    expect(entity('national-statistics-bureau').jurisdiction).toBeNull();
    expect(idsIn("China's National Bureau of Statistics said prices rose.")).toEqual(['nbs-china']);
    expect(idsIn('The National Bureau of Statistics of Nigeria said prices rose.')).toEqual(['nbs-nigeria']);
    expect(entity('nbs-nigeria').jurisdiction).toBe('nigeria');
    expect(entity('gastat').jurisdiction).toBe('saudi-arabia');
  });

  it('does not read a region inside the name of a bank', () => {
    expect(idsIn('The Asian Development Bank said so.')).toEqual([]);
  });

  it.each([
    // continent adjectives name the continent; a longer name that holds one names its own entity
    ['Most cases were in African countries.', ['africa']],
    ['North American sales fell.', ['north-america']],
    ['Middle Eastern carriers grew.', ['middle-east']],
    ['South African miners struck.', ['south-africa']],
    // recurring events: tournaments and award shows
    ['Prize money at the U.S. Open rose.', ['us-open']],
    ['The Oscars drew more viewers than the Grammys.', ['academy-awards', 'grammy-awards']],
    // a committee of an agency is the agency
    ['The FOMC raised rates.', ['federal-reserve']],
  ])('%s → %j', (sentence, expected) => {
    expect(idsIn(sentence)).toEqual(expected);
  });
});

describe('gazetteer: companies', () => {
  it("names only known facets as implied and only countries as a company's base", () => {
    for (const e of entities.values()) {
      for (const f of e.impliedFacets) expect(facets.has(f), `${e.id} implies ${f}`).toBe(true);
      if (e.country) expect(entity(e.country).kind).toBe('country');
    }
    expect(entity('byd').country).toBe('china');
    expect(entity('tesla').impliedFacets).toEqual(['electric-vehicles']);
  });
});

describe('gazetteer: how statistics offices state a quarter or a month', () => {
  it('names only measures the lexicon holds, whose changes are stated in percent', () => {
    let n = 0;
    for (const e of entities.values())
      for (const measure of [...e.quarterlyChangeAs.keys(), ...e.monthlyChangeAs.keys()]) {
        n++;
        expect(measures.get(measure)?.unitKinds, `${e.id}: ${measure}`).toContain('percent');
      }
    expect(n).toBeGreaterThan(0);
  });
});

describe('gazetteer: jurisdictions', () => {
  it('names only known entities as jurisdictions', () => {
    for (const e of entities.values()) if (e.jurisdiction) expect(entities.has(e.jurisdiction), `${e.id} → ${e.jurisdiction}`).toBe(true);
  });

  it.each([
    ['cbo', 'united-states'],
    ['federal-reserve', 'united-states'],
    ['bls', 'united-states'],
    ['ons', 'united-kingdom'],
    ['home-office', 'united-kingdom'],
    ['rosstat', 'russia'],
    ['destatis', 'germany'],
    ['china-customs', 'china'],
    ['nbs-china', 'china'],
    ['eurostat', 'european-union'],
    ['ecb', 'euro-area'],
    ['gazprom', 'russia'],
    ['xi-jinping', 'china'],
    ['vladimir-putin', 'russia'],
    ['statistics-korea', 'south-korea'],
    ['rbi', 'india'],
    ['banxico', 'mexico'],
    ['unwto', 'world'],
    ['usta', 'us-open'],
  ])('%s stands for %s', (id, jurisdiction) => {
    expect(entity(id).jurisdiction).toBe(jurisdiction);
    expect(subjectOf(id)).toBe(jurisdiction);
  });

  it('resolves an agency named in a sentence to the country it reports on', () => {
    const [m] = findMentions('Figures from the Office for National Statistics show it.').entities;
    expect(subjectOf(m!.id)).toBe('united-kingdom');
    const [c] = findMentions('Chinese customs data showed a rise.').entities;
    expect(c!.id).toBe('china-customs');
    expect(subjectOf(c!.id)).toBe('china');
  });

  it('keeps international agencies as no one’s subject', () => {
    expect(entity('iea').jurisdiction).toBeNull();
    expect(subjectOf('iea')).toBe('iea');
    expect(isSubjectEntity('iea')).toBe(false);
    expect(isSubjectEntity('china')).toBe(true);
  });
});
