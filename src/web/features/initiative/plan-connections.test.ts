import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ATLAS_MEZZO_MACRO_PATH,
  INITIATIVE_GUIDE_PATH,
  PLAN_CAREERS,
  volunteerListingsPath,
} from './plan-connections.js';

const curated = JSON.parse(fs.readFileSync('data/careers/curated.json', 'utf8')) as {
  id: string;
  title: string;
  scale: string;
}[];

describe('a plan’s links into the rest of Vocare', () => {
  it('names careers that exist in the atlas, at its mezzo or macro end, under their atlas titles', () => {
    for (const career of PLAN_CAREERS) {
      const entry = curated.find((c) => c.id === career.id);
      expect(entry, career.id).toBeDefined();
      expect(['mezzo', 'macro']).toContain(entry?.scale);
      expect(entry?.title).toBe(career.title);
    }
  });

  it('uses the atlas and board filter parameters the pages read, and a guide that ships', () => {
    expect(new URL(ATLAS_MEZZO_MACRO_PATH, 'http://x').searchParams.get('scale')).toBe('mezzo,macro');
    const listings = new URL(volunteerListingsPath('community-organizer'), 'http://x');
    expect(listings.pathname).toBe('/opportunities');
    expect(Object.fromEntries(listings.searchParams)).toEqual({ kind: 'volunteer', career: 'community-organizer' });
    expect(new URL(volunteerListingsPath(), 'http://x').searchParams.has('career')).toBe(false);
    expect(fs.existsSync(`data${INITIATIVE_GUIDE_PATH}.md`)).toBe(true);
  });
});
