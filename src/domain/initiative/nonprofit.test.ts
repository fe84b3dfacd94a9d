import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Nonprofit,
  type NonprofitFigures,
  NonprofitFiguresSchema,
  NonprofitSchema,
} from '#contracts/initiative.js';
import {
  annualReturnForm,
  applicationDeadline,
  check1023EzEligibility,
  checkArticles,
  nonprofitReport,
} from './nonprofit.js';

const figures: NonprofitFigures = NonprofitFiguresSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve('data/initiative/us-nonprofit.json'), 'utf8')),
);

const base = (overrides: Partial<Nonprofit> = {}): Nonprofit =>
  NonprofitSchema.parse({
    pastReceipts: [null, 10_000, 20_000],
    projectedReceipts: [30_000, 40_000, 45_000],
    totalAssets: 5_000,
    ...overrides,
  });

describe('figures file', () => {
  it('names a source with a date read for every figure that has a value', () => {
    for (const [key, f] of Object.entries(figures.figures)) {
      if (f.value === null) continue;
      expect(f.sourceId, key).not.toBeNull();
      expect(figures.sources[f.sourceId as string], key).toBeDefined();
    }
    expect(figures.sources[figures.worksheet.sourceId]).toBeDefined();
  });
});

describe('Form 1023-EZ eligibility', () => {
  it('is eligible at exactly $50,000 of gross receipts in every year and $250,000 of assets', () => {
    const at = base({
      pastReceipts: [50_000, 50_000, 50_000],
      projectedReceipts: [50_000, 50_000, 50_000],
      totalAssets: 250_000,
    });
    expect(check1023EzEligibility(at, figures)).toMatchObject({ eligible: true, form: '1023-EZ' });
  });

  it.each([0, 1, 2])('is not eligible with $50,001 in past year %i', (i) => {
    const past: (number | null)[] = [1, 1, 1];
    past[i] = 50_001;
    const result = check1023EzEligibility(base({ pastReceipts: past }), figures);
    expect(result).toMatchObject({ eligible: false, form: '1023' });
    expect(result.reasons.join(' ')).toContain('$50,001');
  });

  it.each([0, 1, 2])('is not eligible with $50,001 projected in year %i', (i) => {
    const projected = [1, 1, 1];
    projected[i] = 50_001;
    expect(check1023EzEligibility(base({ projectedReceipts: projected }), figures).eligible).toBe(false);
  });

  it('is not eligible with $250,001 of assets', () => {
    const result = check1023EzEligibility(base({ totalAssets: 250_001 }), figures);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual(['Total assets of $250,001 are over $250,000.']);
  });

  it('a worksheet "yes" disqualifies whatever the size', () => {
    const result = check1023EzEligibility(base({ worksheetYes: ['llc'] }), figures);
    expect(result.eligible).toBe(false);
    expect(result.reasons[0]).toContain('limited liability company');
  });

  it('a past year before the organization existed counts as none, but a missing projection is unknown', () => {
    expect(check1023EzEligibility(base({ pastReceipts: [null, null, null] }), figures).eligible).toBe(true);
    const unknown = check1023EzEligibility(base({ projectedReceipts: [1, null, 1], totalAssets: null }), figures);
    expect(unknown).toMatchObject({ eligible: null, form: null });
    expect(unknown.missing).toEqual([
      'Projected gross receipts in year 2 are not given.',
      'Total assets are not given.',
    ]);
  });

  it('says the answer is unknown when the figures file has no limit, never guessing one', () => {
    const noLimit = structuredClone(figures);
    noLimit.figures['ez-max-assets'] = { ...noLimit.figures['ez-max-assets'], value: null, sourceId: null };
    const result = check1023EzEligibility(base(), noLimit);
    expect(result.eligible).toBeNull();
    expect(result.missing).toContain('The total assets limit for Form 1023-EZ is not known to Vocare.');
  });
});

describe('articles check', () => {
  const purpose =
    'The corporation is organized exclusively for charitable and educational purposes within the meaning of section 501(c)(3) of the Internal Revenue Code.';
  const dissolution =
    'Upon the dissolution of the corporation, its assets shall be distributed for one or more exempt purposes within the meaning of section 501(c)(3).';

  it('finds both clauses', () => {
    const result = checkArticles(`ARTICLE III. ${purpose}\nARTICLE VII. ${dissolution}`);
    expect(result).toMatchObject({ purposeClause: true, dissolutionClause: true });
  });

  it('explains a missing purpose clause (a farmers market is not an exempt purpose by itself)', () => {
    const result = checkArticles(`The purpose of the corporation is to run a farmers market. ${dissolution}`);
    expect(result.purposeClause).toBe(false);
    expect(result.dissolutionClause).toBe(true);
    expect(result.explanations[0]).toContain('No purpose clause found');
  });

  it('explains a dissolution clause that does not say where the assets go', () => {
    const result = checkArticles(`${purpose} Upon dissolution the assets shall be divided among the directors.`);
    expect(result.dissolutionClause).toBe(false);
    expect(result.explanations[0]).toContain('do not say where the assets go');
  });

  it('asks for the text when none is pasted', () => {
    expect(checkArticles('  ').explanations[0]).toContain('Paste the text');
  });
});

describe('dates and annual returns', () => {
  it('counts 27 months from the end of the month of formation', () => {
    expect(applicationDeadline('2011-01-15', 27)).toBe('2013-04-30');
    expect(applicationDeadline('2026-11-30', 27)).toBe('2029-02-28');
  });

  it('chooses 990-N, 990-EZ or 990 at the IRS thresholds', () => {
    expect(annualReturnForm(50_000, 1_000_000, figures).form).toBe('990-N');
    expect(annualReturnForm(50_001, 499_999, figures).form).toBe('990-EZ');
    expect(annualReturnForm(199_999, 499_999, figures).form).toBe('990-EZ');
    expect(annualReturnForm(200_000, 10, figures).form).toBe('990');
    expect(annualReturnForm(60_000, 500_000, figures).form).toBe('990');
    expect(annualReturnForm(null, 0, figures).form).toBeNull();
  });

  it('flags an EIN applied for before formation, and gives the deadline in the checklist', () => {
    const report = nonprofitReport(base({ formationDate: '2026-03-10', einAppliedOn: '2026-02-01' }), figures);
    const ein = report.checklist.find((s) => s.id === 'ein');
    expect(ein?.status).toBe('attention');
    expect(ein?.sourceIds).toContain('irs-ein');
    expect(report.applicationDeadline).toBe('2028-06-30');
    expect(report.checklist.find((s) => s.id === 'exemption')?.title).toBe('File Form 1023-EZ (user fee $275)');
    const after = nonprofitReport(base({ formationDate: '2026-03-10', einAppliedOn: '2026-03-12' }), figures);
    expect(after.checklist.find((s) => s.id === 'ein')?.status).toBe('done');
  });
});
