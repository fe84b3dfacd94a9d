import { describe, expect, it } from 'vitest';
import { planFromTemplate } from '#domain/initiative/templates.js';
import { bigPlan } from '#tests/factories/initiative.js';
import { extractPdf } from '#tests/setup/pdf-text.js';
import { exportPlan } from './initiative-export.js';

const NOW = new Date('2026-12-05T09:00:00Z');

describe('initiative export', () => {
  it('a plan with 40 activities prints a one-page summary, then an appendix with every activity', async () => {
    const file = await exportPlan('p1', bigPlan(40), 'pdf', NOW);
    const pdf = extractPdf(file.body);
    expect(pdf.problems).toEqual([]);
    const pages = pdf.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBe(pdf.pages);
    // Page 1 is the whole summary: it ends with the pointer to the appendix, and page 2 starts the appendix.
    expect(pages[0]).toContain('Logic model');
    expect(pages[0]).toContain('Indicators');
    expect(pages[0]).toContain('Next milestones');
    expect(pages[0]).toContain('Budget: cash $1,200');
    expect(pages[0]).toContain('Shortened sections continue in full in the appendix.');
    expect(pages[0]).not.toContain('Appendix: the full plan');
    expect(pages[1]?.split('\n')[0]).toBe('Appendix: the full plan');
    // Every one of the 40 activities is in the appendix, in full.
    const appendix = pages.slice(1).join('\n').replace(/\s+/g, ' ');
    for (let i = 1; i <= 40; i++) {
      expect(appendix).toContain(
        `Activity ${i}: run the weekly reading circle with Đặng Thu Thảo in the library annex`,
      );
    }
  });

  it('the summary stays on one page even when every text is made of the widest letters', async () => {
    const plan = bigPlan(6);
    const wide = 'WМШЩЖ'.repeat(30);
    plan.title = wide;
    plan.problem.what = wide;
    for (const list of [plan.model.inputs, plan.model.activities, plan.model.outputs, plan.model.outcomes]) {
      for (const item of list) item.text = wide;
    }
    for (const i of plan.indicators) i.measure = wide;
    for (const m of plan.milestones) {
      m.title = wide;
      m.owner = wide;
    }
    const pages = extractPdf((await exportPlan('p1', plan, 'pdf', NOW)).body).text.split('\f');
    expect(pages[0]).toContain('Shortened sections continue in full in the appendix.');
    expect(pages[1]?.split('\n')[0]).toBe('Appendix: the full plan');
  });

  it('non-Latin names survive on the page (text extracted from the PDF)', async () => {
    const pdf = extractPdf((await exportPlan('p1', bigPlan(2), 'pdf', NOW)).body);
    expect(pdf.flat).toContain('Łukasz Nguyễn Thị — Ærøskøbing Ωμέγα initiative');
    expect(pdf.flat).toContain('Søren Ångström');
    expect(pdf.flat).toContain('Zoë Ørsted and Nguyễn Văn An');
    expect(pdf.text).not.toContain('?');
  });

  it('a small, healthy plan fits on exactly one page with no appendix', async () => {
    const plan = planFromTemplate('blank', 'Tool library');
    plan.problem = { what: 'Tools sit unused in sheds.', who: 'Neighbours', where: 'Oak Street', evidence: [] };
    plan.model.activities = [{ id: 'a1', text: 'Lend tools on Saturdays' }];
    plan.model.outcomes = [{ id: 'c1', text: 'Fewer tools bought', term: 'short' }];
    plan.model.links = [{ from: 'a1', to: 'c1' }];
    plan.indicators = [
      {
        id: 'i1',
        outcomeId: 'c1',
        measure: 'Loans a month',
        unit: '',
        baseline: 0,
        target: 40,
        source: 'Log',
        frequency: 'monthly',
      },
    ];
    plan.milestones = [
      {
        id: 'm1',
        title: 'First lending day',
        activityId: 'a1',
        dueDate: '2027-03-06',
        owner: 'Ana',
        status: 'not-started',
      },
    ];
    const pdf = extractPdf((await exportPlan('p1', plan, 'pdf', NOW)).body);
    expect(pdf.pages).toBe(1);
    expect(pdf.flat).not.toContain('Appendix');
    expect(pdf.flat).toContain('Plan health:');
  });

  it('Markdown holds the whole plan, missing items first; .ics holds the dated milestones', async () => {
    const plan = bigPlan(3);
    plan.milestones.push({
      id: 'm-x',
      title: 'Undated',
      activityId: null,
      dueDate: null,
      owner: '',
      status: 'not-started',
    });
    const md = (await exportPlan('p1', plan, 'md', NOW)).body.toString('utf8');
    expect(md.startsWith('# Łukasz Nguyễn Thị')).toBe(true);
    expect(md).toContain('## Still missing');
    expect(md).toContain('The milestone "Undated" has no date.');
    expect(md).toContain('| 2027-02-15 | Milestone 1: circle 1 started | Søren Ångström | Not started |');
    const ics = (await exportPlan('p1', plan, 'ics', NOW)).body.toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270215');
    expect(ics).not.toContain('Undated');
  });
});
