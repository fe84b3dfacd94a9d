import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  careersOnMap,
  countEmptyCells,
  drawnTransitions,
  EMPTY_CELL_REASONS,
  emptyCellReason,
  layoutCareerMap,
  MAP_GEOMETRY,
  type MapCareer,
  mapCells,
  ONET_MAP_PLACEMENTS,
  unexplainedEmptyCells,
  wrapText,
} from './career-map.js';

type CatalogRow = Parameters<typeof careersOnMap>[0][number];

const curated = (id: string, sector: MapCareer['sector'], scale: MapCareer['scale']): CatalogRow => ({
  id,
  title: id,
  sector,
  scale,
  causes: [],
  curated: true,
});
const onet = (soc: string, title: string): CatalogRow => ({
  id: `onet-${soc}`,
  title,
  sector: null,
  scale: null,
  causes: [],
  curated: false,
});

function shippedCatalog(): CatalogRow[] {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8'));
  const occupations = read('onet/occupations.json') as CatalogRow[];
  const curatedRows = read('careers/curated.json') as CatalogRow[];
  return [...occupations, ...curatedRows];
}

describe('careersOnMap', () => {
  it('keeps curated careers at their place and drops O*NET rows with no written placement', () => {
    const careers = careersOnMap([curated('nurse', 'health-wellness', 'micro'), onet('47-2152.00', 'Plumbers')]);
    expect(careers.map((c) => [c.id, c.sector, c.scale, c.placement])).toEqual([
      ['nurse', 'health-wellness', 'micro', null],
    ]);
  });

  it('places a listed O*NET occupation with its reason, and only while no curated career fills the cell', () => {
    const epidemiologists = onet('19-1041.00', 'Epidemiologists');
    const placed = careersOnMap([epidemiologists]);
    expect(placed).toEqual([
      expect.objectContaining({
        id: 'onet-19-1041.00',
        sector: 'health-wellness',
        scale: 'macro',
        curated: false,
        placement: ONET_MAP_PLACEMENTS['19-1041.00']?.reason,
      }),
    ]);
    const steppedAside = careersOnMap([epidemiologists, curated('public-health-director', 'health-wellness', 'macro')]);
    expect(steppedAside.map((c) => c.id)).toEqual(['public-health-director']);
  });

  it('fills every cell of the shipped catalog: 3 of 24 empty with curated careers alone, none with the placements', () => {
    const catalog = shippedCatalog();
    expect(countEmptyCells(catalog.filter((c) => c.curated))).toBe(3);
    expect(countEmptyCells(careersOnMap(catalog))).toBe(0);
    // Every placement names an occupation the catalog holds, so none is silently dropped.
    const ids = new Set(catalog.map((c) => c.id));
    for (const soc of Object.keys(ONET_MAP_PLACEMENTS)) expect(ids.has(`onet-${soc}`), soc).toBe(true);
  });

  it('leaves no cell of the shipped catalog empty without a reason written for it', () => {
    expect(unexplainedEmptyCells(careersOnMap(shippedCatalog()))).toEqual([]);
  });
});

describe('empty cells', () => {
  const oneCareer: MapCareer[] = [
    { id: 'nurse', title: 'Nurse', sector: 'health-wellness', scale: 'micro', curated: true },
  ];

  it('reports every empty cell that has no written reason', () => {
    const unexplained = unexplainedEmptyCells(oneCareer, {});
    expect(unexplained).toHaveLength(23);
    expect(unexplained).not.toContain('health-wellness/micro');
    expect(unexplained).toContain('environment-conservation/micro');
  });

  it('accepts an empty cell once its reason is written, and gives that reason', () => {
    const reasons = { 'environment-conservation/micro': 'No one-to-one environmental career found yet.' };
    expect(unexplainedEmptyCells(oneCareer, reasons)).not.toContain('environment-conservation/micro');
    expect(emptyCellReason('environment-conservation', 'micro', reasons)).toBe(
      reasons['environment-conservation/micro'],
    );
    expect(emptyCellReason('human-services', 'macro', reasons)).toBeNull();
  });

  it('keeps no stale reason for a cell the shipped catalog fills', () => {
    const filled = new Set(
      mapCells(careersOnMap(shippedCatalog()))
        .filter((cell) => cell.careers.length > 0)
        .map((cell) => `${cell.sector}/${cell.scale}`),
    );
    expect(Object.keys(EMPTY_CELL_REASONS).filter((key) => filled.has(key))).toEqual([]);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries and cuts the last allowed line with an ellipsis', () => {
    expect(wrapText('Licensed professional counselor', 20, 3)).toEqual(['Licensed', 'professional', 'counselor']);
    expect(wrapText('Registered nurse', 29, 3)).toEqual(['Registered nurse']);
    expect(wrapText('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('Industrial-Organizational Psychologists', 12, 3)).toEqual(['Industrial-…', 'Psychologis…']);
  });
});

describe('layoutCareerMap', () => {
  const careers: MapCareer[] = [
    { id: 'worker', title: 'Case worker', sector: 'human-services', scale: 'micro', curated: true },
    { id: 'manager', title: 'Programme manager', sector: 'human-services', scale: 'mezzo', curated: true },
    { id: 'analyst', title: 'Policy analyst', sector: 'social-justice-advocacy', scale: 'macro', curated: true },
    { id: 'therapist', title: 'Therapist', sector: 'mental-health', scale: 'micro', curated: true },
  ];
  const transitions = [
    { from: 'worker', to: 'manager' },
    { from: 'manager', to: 'analyst' },
    { from: 'analyst', to: 'worker' }, // backwards: not drawn
    { from: 'worker', to: 'nobody' }, // unknown end: not drawn
  ];

  it('puts each scale in its column and each career inside its sector row', () => {
    const layout = layoutCareerMap(careers, transitions);
    const g = MAP_GEOMETRY;
    expect(layout.columns.map((c) => c.x)).toEqual([
      g.labelWidth,
      g.labelWidth + g.columnWidth,
      g.labelWidth + 2 * g.columnWidth,
    ]);
    expect(layout.width).toBe(g.labelWidth + 3 * g.columnWidth);
    expect(layout.rows).toHaveLength(8);
    for (const node of layout.nodes) {
      const column = layout.columns.find((c) => c.scale === node.scale);
      const row = layout.rows.find((r) => r.sector === node.sector);
      if (!column || !row) throw new Error(`no cell for ${node.id}`);
      expect(node.x).toBeGreaterThanOrEqual(column.x);
      expect(node.x + node.width).toBeLessThanOrEqual(column.x + column.width);
      expect(node.y).toBeGreaterThanOrEqual(row.y);
      expect(node.y + node.height).toBeLessThanOrEqual(row.y + row.height);
    }
    // Rows follow one another without overlap, and the picture ends with the last row.
    for (let i = 1; i < layout.rows.length; i++) {
      const previous = layout.rows[i - 1];
      expect(layout.rows[i]?.y).toBe((previous?.y ?? 0) + (previous?.height ?? 0));
    }
    const last = layout.rows.at(-1);
    expect(layout.height).toBe((last?.y ?? 0) + (last?.height ?? 0));
    expect(layout.empty).toHaveLength(24 - 4);
  });

  it('stacks careers in one cell without overlap', () => {
    const crowded: MapCareer[] = ['A', 'B', 'C'].map((t) => ({
      id: t,
      title: `${t} counselor with a rather long title that wraps`,
      sector: 'mental-health',
      scale: 'micro',
      curated: true,
    }));
    const nodes = layoutCareerMap(crowded, []).nodes;
    for (let i = 1; i < nodes.length; i++) {
      const above = nodes[i - 1];
      expect(nodes[i]?.y).toBeGreaterThanOrEqual((above?.y ?? 0) + (above?.height ?? 0));
    }
  });

  it('draws only forward transitions between careers on the map, from the right edge to the left edge', () => {
    expect(drawnTransitions(careers, transitions)).toEqual([transitions[0], transitions[1]]);
    const layout = layoutCareerMap(careers, transitions);
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['worker>manager', 'manager>analyst']);
    const worker = layout.nodes.find((n) => n.id === 'worker');
    const manager = layout.nodes.find((n) => n.id === 'manager');
    const edge = layout.edges[0];
    if (!worker || !manager || !edge) throw new Error('missing node or edge');
    expect(edge.d.startsWith(`M${worker.x + worker.width} ${worker.y + worker.height / 2} `)).toBe(true);
    expect(edge.x2).toBeLessThan(manager.x);
    expect(edge.y2).toBe(manager.y + manager.height / 2);
  });
});
