import { describe, expect, it } from 'vitest';
import { buildGazetteer, resolvePlace, suggestPlaces } from './gazetteer.js';

const ZIPS = [
  'zip\tlat\tlon\tcity\tstate',
  '19103\t39.953\t-75.174\tPhiladelphia\tPA',
  '19107\t39.952\t-75.159\tPhiladelphia\tPA',
  '62701\t39.8\t-89.649\tSpringfield\tIL',
  '',
].join('\n');
const PLACES = [
  'name\tstate\tlat\tlon\tzips',
  'Philadelphia\tPA\t39.99\t-75.15\t60',
  'Springfield\tIL\t39.777\t-89.621\t12',
  'Springfield\tMA\t42.123\t-72.573\t9',
  'Springfield\tMO\t37.2\t-93.3\t15',
  'Springdale\tAR\t36.18\t-94.13\t3',
  'St Louis\tMO\t38.63\t-90.2\t40',
  'Unique Town\tVT\t44\t-72\t1',
  'Denver\tCO\t39.741\t-104.975\t69',
  'Denver\tIA\t42.67\t-92.33\t1',
  '',
].join('\n');
const gazetteer = buildGazetteer(ZIPS, PLACES);

describe('resolvePlace', () => {
  it('reads a ZIP code (and ZIP+4) and names its place', () => {
    expect(resolvePlace(gazetteer, '19107')).toEqual({
      ok: true,
      point: { lat: 39.952, lon: -75.159 },
      label: '19107 (Philadelphia, PA)',
    });
    expect(resolvePlace(gazetteer, ' 19107-1234 ')).toMatchObject({ ok: true, label: '19107 (Philadelphia, PA)' });
  });

  it('reads "City, ST" and "City, State name", in any case', () => {
    expect(resolvePlace(gazetteer, 'Springfield, IL')).toMatchObject({ ok: true, label: 'Springfield, IL' });
    expect(resolvePlace(gazetteer, 'springfield, illinois')).toMatchObject({ ok: true, label: 'Springfield, IL' });
    expect(resolvePlace(gazetteer, 'Saint Louis, MO')).toMatchObject({ ok: true, label: 'St Louis, MO' });
  });

  it('reads a city alone when one state has it or one is far larger, and asks for the state otherwise', () => {
    expect(resolvePlace(gazetteer, 'Unique Town')).toMatchObject({ ok: true, label: 'Unique Town, VT' });
    expect(resolvePlace(gazetteer, 'denver')).toMatchObject({ ok: true, label: 'Denver, CO' });
    const several = resolvePlace(gazetteer, 'Springfield');
    expect(several).toEqual({
      ok: false,
      message:
        '3 states have a place called Springfield: add the state, such as Springfield, MO, Springfield, IL, Springfield, MA.',
    });
  });

  it('refuses unknown input in plain words, never with internal names', () => {
    const cases = ['00000', '1910', 'Atlantis', 'Springfield, ZZ', 'Springfield, VT', ', IL'];
    for (const text of cases) {
      const result = resolvePlace(gazetteer, text);
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      expect(result.message, text).not.toMatch(/lat,lon|GET \/api|query\.|must be/);
    }
    expect(resolvePlace(gazetteer, 'Springfield, VT')).toEqual({
      ok: false,
      message:
        "We don't know a place called Springfield in Vermont. Did you mean Springfield, MO or Springfield, IL or Springfield, MA?",
    });
    expect(resolvePlace(gazetteer, '00000')).toMatchObject({
      message: expect.stringContaining('No US ZIP code 00000'),
    });
  });
});

describe('suggestPlaces', () => {
  it('suggests places that start with what was typed, largest first', () => {
    expect(suggestPlaces(gazetteer, 'spring')).toEqual([
      'Springfield, MO',
      'Springfield, IL',
      'Springfield, MA',
      'Springdale, AR',
    ]);
    expect(suggestPlaces(gazetteer, 'Springfield, M')).toEqual(['Springfield, MO', 'Springfield, MA']);
  });

  it('suggests ZIP codes for digits, and nothing for a single character', () => {
    expect(suggestPlaces(gazetteer, '191')).toEqual(['19103 (Philadelphia, PA)', '19107 (Philadelphia, PA)']);
    expect(suggestPlaces(gazetteer, 's')).toEqual([]);
  });
});
