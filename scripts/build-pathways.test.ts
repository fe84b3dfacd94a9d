import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataFile } from '#tests/setup/shared-data.js';
import { buildFacts } from './build-pathways.js';

const CSV = sharedDataFile('pathways.csv', 'the committed facts.json is what the CSV builds');
const OUT = path.resolve(import.meta.dirname, '../data/pathways/facts.json');

describe('build-pathways', () => {
  it.skipIf(CSV === null)('the committed facts.json is what the CSV builds (every row, values verbatim)', () => {
    const built = buildFacts(fs.readFileSync(CSV ?? '', 'utf8'));
    expect(`${JSON.stringify(built, null, 2)}\n`).toBe(fs.readFileSync(OUT, 'utf8'));
    expect(built).toHaveLength(115);
  });

  it('keeps ranges and words verbatim, empty cells as null, and names the row of a bad one', () => {
    const header = 'profession,stage,requirement,value,unit,authority,source,source_kind,checked_date';
    const facts = buildFacts(
      `${header}\nregistered nurse,degree,ADN length,2-3,years,BLS,https://x.test,third-party,\n`,
    );
    expect(facts[0]).toMatchObject({
      id: 'registered-nurse.adn-length',
      careers: ['registered-nurse'],
      value: '2-3',
      unit: 'years',
      sourceKind: 'third-party',
      checkedDate: null,
    });
    expect(() => buildFacts(`${header}\nastronaut,degree,x,1,years,A,https://x.test,official,\n`)).toThrow(
      /line 2: no career mapping for profession "astronaut"/,
    );
    expect(() => buildFacts(`${header}\nphysician,degree,x,1,years,A,https://x.test,blog,\n`)).toThrow(
      /line 2: unknown source_kind "blog"/,
    );
  });
});
