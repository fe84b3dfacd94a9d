import type {
  ArticlesCheck,
  ChecklistStep,
  Eligibility,
  FigureKey,
  Nonprofit,
  NonprofitFigures,
  NonprofitReport,
} from '#contracts/initiative.js';
import { addDays, addMonthsToMonth, monthOf } from '#domain/calendar-date.js';
import { countWords } from '../count-words.js';

/*
 * Forming a US non-profit, checked against the IRS's own tests. Every threshold comes from the figures file
 * (data/initiative/us-nonprofit.json) with its source; a figure the file leaves null makes the answer "unknown",
 * never a guess.
 */

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

function figure(figures: NonprofitFigures, key: FigureKey): number | null {
  return figures.figures[key]?.value ?? null;
}

/**
 * Form 1023-EZ eligibility: gross receipts at or under the limit in each of the past three years (a year the
 * organization did not exist counts as none) and in each of the three projected years, total assets at or under
 * the limit, and no "yes" on the eligibility worksheet.
 */
export function check1023EzEligibility(input: Nonprofit, figures: NonprofitFigures): Eligibility {
  const reasons: string[] = [];
  const missing: string[] = [];
  const maxReceipts = figure(figures, 'ez-max-gross-receipts');
  const maxAssets = figure(figures, 'ez-max-assets');
  if (maxReceipts === null) missing.push('The gross receipts limit for Form 1023-EZ is not known to Vocare.');
  if (maxAssets === null) missing.push('The total assets limit for Form 1023-EZ is not known to Vocare.');

  let failed = false;
  if (maxReceipts !== null) {
    input.pastReceipts.forEach((value, i) => {
      if (value !== null && value > maxReceipts) {
        failed = true;
        reasons.push(`Gross receipts of ${usd(value)} ${countWords(3 - i, 'year')} ago are over ${usd(maxReceipts)}.`);
      }
    });
    input.projectedReceipts.forEach((value, i) => {
      const year = i === 0 ? 'this year' : `in year ${i + 1}`;
      if (value === null) missing.push(`Projected gross receipts ${year} are not given.`);
      else if (value > maxReceipts) {
        failed = true;
        reasons.push(`Projected gross receipts of ${usd(value)} ${year} are over ${usd(maxReceipts)}.`);
      }
    });
  }
  if (maxAssets !== null) {
    if (input.totalAssets === null) missing.push('Total assets are not given.');
    else if (input.totalAssets > maxAssets) {
      failed = true;
      reasons.push(`Total assets of ${usd(input.totalAssets)} are over ${usd(maxAssets)}.`);
    }
  }
  const questions = new Map(figures.worksheet.questions.map((q) => [q.id, q.question]));
  for (const id of input.worksheetYes) {
    const question = questions.get(id);
    if (question) {
      failed = true;
      reasons.push(`Eligibility worksheet: "${question}" answered yes.`);
    }
  }
  if (failed) return { eligible: false, form: '1023', reasons, missing };
  if (missing.length > 0) return { eligible: null, form: null, reasons, missing };
  return {
    eligible: true,
    form: '1023-EZ',
    reasons: ['Within the gross receipts and assets limits, and no worksheet question answered yes.'],
    missing,
  };
}

const PURPOSE = [
  /exclusively\s+for\s+[^.;]*\b(charitable|religious|educational|scientific|literary)\b/i,
  /\b(purposes?|organized|operated)\b[^.;]*\bsection\s*501\s*\(\s*c\s*\)\s*\(\s*3\s*\)/i,
];
const DISSOLUTION_WORD = /\b(dissolution|dissolve[sd]?|winding\s+up|liquidation)\b/i;
const DISSOLUTION_DESTINATION =
  /\b(exempt\s+purposes?|501\s*\(\s*c\s*\)\s*\(\s*3\s*\)|federal,?\s+state\s+or\s+local\s+government|government(al)?\s+(unit|entity|body)|public\s+purpose)/i;

/** Sentences (rough: split at full stops, semicolons and line breaks) of the articles. */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;])\s+|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Looks in the pasted articles for the two clauses of the organizational test: a purpose clause limiting the
 * organization to exempt purposes, and a dissolution clause sending its assets to exempt purposes (or to a
 * government for a public purpose) when it ends. A heuristic, and says so: it finds typical wording, not legal
 * sufficiency.
 */
export function checkArticles(articlesText: string): ArticlesCheck {
  const text = articlesText.trim();
  if (text === '') {
    return {
      purposeClause: false,
      dissolutionClause: false,
      explanations: ['Paste the text of your articles of incorporation to check them for both clauses.'],
    };
  }
  const all = sentences(text);
  const dissolutionSentences = all.filter((s) => DISSOLUTION_WORD.test(s));
  // The dissolution clause names exempt purposes too; it is not a purpose clause.
  const others = all.filter((s) => !DISSOLUTION_WORD.test(s));
  const purposeClause = PURPOSE.some((re) => others.some((s) => re.test(s)));
  const dissolutionClause = dissolutionSentences.some((s) => DISSOLUTION_DESTINATION.test(s));
  const explanations: string[] = [];
  if (!purposeClause) {
    explanations.push(
      'No purpose clause found. The articles must limit the organization to one or more exempt purposes, typically: "organized exclusively for charitable, educational ... purposes within the meaning of section 501(c)(3) of the Internal Revenue Code". A purpose such as "running a farmers market" alone does not meet the test.',
    );
  }
  if (!dissolutionClause) {
    explanations.push(
      dissolutionSentences.length > 0
        ? 'The articles mention dissolution but do not say where the assets go. They must be distributed for exempt purposes under section 501(c)(3), or to a federal, state or local government for a public purpose.'
        : 'No dissolution clause found. The articles must say that on dissolution the assets will be distributed for exempt purposes under section 501(c)(3), or to a federal, state or local government for a public purpose (unless state law already does this).',
    );
  }
  if (purposeClause && dissolutionClause) {
    explanations.push(
      'Both clauses found. This check looks for typical wording only; have someone who knows your state law read the articles.',
    );
  }
  return { purposeClause, dissolutionClause, explanations };
}

/** The last day of a YYYY-MM month. */
function lastDayOf(month: string): string {
  return addDays(`${addMonthsToMonth(month, 1)}-01`, -1);
}

/**
 * The last day to file the exemption application and be recognized from formation: `months` months from the end
 * of the month of formation (formed 15 Jan 2011, 27 months: 30 Apr 2013).
 */
export function applicationDeadline(formationDate: string, months: number): string {
  return lastDayOf(addMonthsToMonth(monthOf(formationDate), months));
}

/** Which annual return an exempt organization files, by its normal gross receipts and total assets. */
export function annualReturnForm(
  normalGrossReceipts: number | null,
  totalAssets: number | null,
  figures: NonprofitFigures,
): NonprofitReport['annualReturn'] {
  const nMax = figure(figures, 'n990-max-normal-receipts');
  const ezReceipts = figure(figures, 'ez990-max-receipts-exclusive');
  const ezAssets = figure(figures, 'ez990-max-assets-exclusive');
  if (normalGrossReceipts === null) return { form: null, reason: 'Give projected gross receipts to see which return.' };
  if (nMax === null || ezReceipts === null || ezAssets === null) {
    return { form: null, reason: 'The Form 990 series thresholds are not known to Vocare.' };
  }
  if (normalGrossReceipts <= nMax) {
    return {
      form: '990-N',
      reason: `Gross receipts normally ${usd(nMax)} or less: the e-Postcard (a full return is allowed too).`,
    };
  }
  if (totalAssets === null) return { form: null, reason: 'Give total assets to choose between 990-EZ and 990.' };
  if (normalGrossReceipts < ezReceipts && totalAssets < ezAssets) {
    return {
      form: '990-EZ',
      reason: `Gross receipts under ${usd(ezReceipts)} and total assets under ${usd(ezAssets)}: Form 990-EZ (or 990).`,
    };
  }
  return {
    form: '990',
    reason: `Gross receipts of ${usd(ezReceipts)} or more, or assets of ${usd(ezAssets)} or more.`,
  };
}

/** The average of the known projected years: "normally" in the 990 series' sense, as far as the plan knows. */
function normalReceipts(input: Nonprofit): number | null {
  const known = input.projectedReceipts.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) / known.length);
}

/** The whole check of the second template: eligibility, articles, dates, annual return and the checklist. */
export function nonprofitReport(input: Nonprofit, figures: NonprofitFigures): NonprofitReport {
  const eligibility = check1023EzEligibility(input, figures);
  const articles = checkArticles(input.articlesText);
  const window = figure(figures, 'exemption-application-window');
  const deadline = input.formationDate && window !== null ? applicationDeadline(input.formationDate, window) : null;
  const annualReturn = annualReturnForm(normalReceipts(input), input.totalAssets, figures);
  const fee = (key: FigureKey) => {
    const value = figure(figures, key);
    return value === null ? 'fee not known to Vocare' : `user fee ${usd(value)}`;
  };
  const einBeforeFormation =
    input.einAppliedOn !== null && (input.formationDate === null || input.einAppliedOn < input.formationDate);

  const checklist: ChecklistStep[] = [
    {
      id: 'fiscal-sponsor',
      title: 'Consider a fiscal sponsor first',
      status: input.fiscalSponsor !== '' ? 'done' : 'todo',
      detail:
        input.fiscalSponsor !== ''
          ? `Considering ${input.fiscalSponsor} as a fiscal sponsor: an existing charity takes in gifts for your project, and you skip forming, the exemption application and annual returns.`
          : 'An existing charity can act as fiscal sponsor: it receives gifts for your project, usually for a fee, and you can start without forming an organization at all.',
      sourceIds: [],
    },
    {
      id: 'incorporate',
      title: `Incorporate under state law${input.state ? ` (${input.state})` : ''}`,
      status: input.formationDate ? 'done' : 'todo',
      detail: input.formationDate
        ? `Formed on ${input.formationDate}.`
        : 'File articles of incorporation with your state; the date of formation starts the exemption window.',
      sourceIds: ['irs-27-months'],
    },
    {
      id: 'articles',
      title: 'Articles with a purpose clause and a dissolution clause',
      status: articles.purposeClause && articles.dissolutionClause ? 'done' : input.articlesText ? 'attention' : 'todo',
      detail: articles.explanations.join(' '),
      sourceIds: ['tas-blog-organizational-test', 'tas-2016-msp19'],
    },
    {
      id: 'ein',
      title: 'Get the EIN after incorporating',
      status: einBeforeFormation ? 'attention' : input.einAppliedOn ? 'done' : 'todo',
      detail: einBeforeFormation
        ? 'The EIN was applied for before the organization was formed (or no formation date is given). The IRS presumes an organization is legally formed when it applies for an EIN, and the annual filing requirement starts then.'
        : input.einAppliedOn
          ? `Applied for on ${input.einAppliedOn}, after formation.`
          : 'Apply only once the state has formed the organization: applying starts the IRS filing clock.',
      sourceIds: ['irs-ein', 'irs-filing-requirements'],
    },
    {
      id: 'exemption',
      title:
        eligibility.form === '1023-EZ'
          ? `File Form 1023-EZ (${fee('ez-user-fee')})`
          : eligibility.form === '1023'
            ? `File Form 1023 (${fee('full-1023-user-fee')})`
            : 'File Form 1023-EZ or Form 1023',
      status: eligibility.eligible === null ? 'unknown' : 'todo',
      detail: [...eligibility.reasons, ...eligibility.missing].join(' '),
      sourceIds: ['tas-blog-2018-auto-revocation', 'i1023ez-worksheet', 'accountably-1023ez', 'ir-2020-25'],
    },
    {
      id: 'window',
      title: `File within ${window ?? '?'} months of formation`,
      status: deadline ? 'todo' : 'unknown',
      detail: deadline
        ? `File by ${deadline} to be recognized as exempt from the date of formation; later, exemption generally starts on the filing date.`
        : window === null
          ? 'The length of the window is not known to Vocare.'
          : 'Give the date of formation to see the deadline.',
      sourceIds: ['irs-27-months'],
    },
    {
      id: 'annual-return',
      title: annualReturn.form ? `File Form ${annualReturn.form} every year` : 'File the annual return every year',
      status: annualReturn.form ? 'todo' : 'unknown',
      detail: `${annualReturn.reason} Missing ${figure(figures, 'revocation-years') ?? 'several'} years in a row revokes the exemption automatically.`,
      sourceIds: ['irs-990-series', 'irs-ein'],
    },
  ];
  return { eligibility, articles, applicationDeadline: deadline, annualReturn, checklist };
}
