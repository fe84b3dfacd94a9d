import { z } from 'zod';

/*
 * The 50 US states and the District of Columbia: code <-> name, so a person can choose "Arizona" and every
 * contract still stores "US-AZ". Puerto Rico and the other territories are not licensure jurisdictions Vocare has
 * rules for; they are not listed here (the assessment offers them separately and they map to no rule set).
 */

export const US_JURISDICTIONS = [
  ['US-AL', 'Alabama'],
  ['US-AK', 'Alaska'],
  ['US-AZ', 'Arizona'],
  ['US-AR', 'Arkansas'],
  ['US-CA', 'California'],
  ['US-CO', 'Colorado'],
  ['US-CT', 'Connecticut'],
  ['US-DE', 'Delaware'],
  ['US-DC', 'District of Columbia'],
  ['US-FL', 'Florida'],
  ['US-GA', 'Georgia'],
  ['US-HI', 'Hawaii'],
  ['US-ID', 'Idaho'],
  ['US-IL', 'Illinois'],
  ['US-IN', 'Indiana'],
  ['US-IA', 'Iowa'],
  ['US-KS', 'Kansas'],
  ['US-KY', 'Kentucky'],
  ['US-LA', 'Louisiana'],
  ['US-ME', 'Maine'],
  ['US-MD', 'Maryland'],
  ['US-MA', 'Massachusetts'],
  ['US-MI', 'Michigan'],
  ['US-MN', 'Minnesota'],
  ['US-MS', 'Mississippi'],
  ['US-MO', 'Missouri'],
  ['US-MT', 'Montana'],
  ['US-NE', 'Nebraska'],
  ['US-NV', 'Nevada'],
  ['US-NH', 'New Hampshire'],
  ['US-NJ', 'New Jersey'],
  ['US-NM', 'New Mexico'],
  ['US-NY', 'New York'],
  ['US-NC', 'North Carolina'],
  ['US-ND', 'North Dakota'],
  ['US-OH', 'Ohio'],
  ['US-OK', 'Oklahoma'],
  ['US-OR', 'Oregon'],
  ['US-PA', 'Pennsylvania'],
  ['US-RI', 'Rhode Island'],
  ['US-SC', 'South Carolina'],
  ['US-SD', 'South Dakota'],
  ['US-TN', 'Tennessee'],
  ['US-TX', 'Texas'],
  ['US-UT', 'Utah'],
  ['US-VT', 'Vermont'],
  ['US-VA', 'Virginia'],
  ['US-WA', 'Washington'],
  ['US-WV', 'West Virginia'],
  ['US-WI', 'Wisconsin'],
  ['US-WY', 'Wyoming'],
] as const satisfies readonly (readonly [code: string, name: string])[];

export type JurisdictionCode = (typeof US_JURISDICTIONS)[number][0];

const NAME_BY_CODE: ReadonlyMap<string, string> = new Map(US_JURISDICTIONS);
const CODE_BY_KEY: ReadonlyMap<string, string> = new Map(
  US_JURISDICTIONS.flatMap(([code, name]) => [
    [normalizeKey(name), code],
    [normalizeKey(code), code],
    [normalizeKey(code.slice(3)), code],
  ]),
);

function normalizeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(washington dc|dc)$/, 'district of columbia');
}

/** The state's name for a code such as "US-AZ"; null for a code that is not a US state or DC. */
export function jurisdictionName(code: string): string | null {
  return NAME_BY_CODE.get(code) ?? null;
}

/**
 * "Arizona", "arizona", "AZ", "US-AZ" and "us-az" all give "US-AZ"; anything else gives null (never a silent
 * fallback to "no state").
 */
export function jurisdictionCode(nameOrCode: string): JurisdictionCode | null {
  return (CODE_BY_KEY.get(normalizeKey(nameOrCode)) as JurisdictionCode | undefined) ?? null;
}

export const JURISDICTION_CODES = US_JURISDICTIONS.map(([code]) => code);

/**
 * A jurisdiction given by name or code, stored as its code. An unknown name is refused with the field named, so
 * "Arizona" becomes "US-AZ" and "Arizonia" is an error rather than "no state".
 */
export function jurisdictionField(field = 'jurisdiction') {
  return z.string({ error: `${field} must be a state name or a code like "US-TX"` }).transform((value, ctx) => {
    const code = jurisdictionCode(value);
    if (code === null) {
      ctx.addIssue({
        code: 'custom',
        message: `${field} "${value}" is not a US state or DC: give its name (e.g. "Arizona") or its code (e.g. "US-AZ")`,
      });
      return z.NEVER;
    }
    return code;
  });
}
