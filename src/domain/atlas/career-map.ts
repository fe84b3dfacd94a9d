import {
  type CauseId,
  SCALE_IDS,
  type ScaleId,
  SECTOR_IDS,
  SECTOR_LABELS,
  type SectorId,
} from '#contracts/vocabulary.js';

/**
 * The micro-to-macro map (ADR 0031): which careers stand in which cell (sector x scale of change), and where
 * the picture draws them. Pure, so the server-rendered SVG and the browser's hydration draw the same picture.
 */

export interface MapPlacement {
  sector: SectorId;
  scale: ScaleId;
  causes: CauseId[];
  /** Why this occupation stands in this cell, shown beside it: the rule is a judgement, so it is written down. */
  reason: string;
}

/**
 * O*NET occupations placed on the map, by O*NET-SOC code. O*NET rows carry no sector or scale, so nothing places
 * them automatically; the rule is: an occupation is placed only where its O*NET title itself names the scale it
 * works at (a population, a region, an organization) and the sector it serves, and only to fill a cell no
 * curated career fills. Everything else stays off the map (it is still in the atlas). Figures stay the O*NET and
 * BLS ones the row already carries; nothing here is a figure.
 */
export const ONET_MAP_PLACEMENTS: Readonly<Record<string, MapPlacement>> = {
  '19-1041.00': {
    sector: 'health-wellness',
    scale: 'macro',
    causes: ['health', 'public-policy'],
    reason:
      'Epidemiologists study disease across whole populations; the findings shape public-health rules and programmes, so the population is the client (macro).',
  },
  '19-3032.00': {
    sector: 'mental-health',
    scale: 'mezzo',
    causes: ['mental-health'],
    reason:
      'Industrial-organizational psychologists apply psychology to workplaces and teams rather than to one client: mental health at the scale of groups and organizations (mezzo).',
  },
  '19-3051.00': {
    sector: 'nonprofit-community',
    scale: 'macro',
    causes: ['community-development', 'public-policy'],
    reason:
      'Urban and regional planners plan land use, housing and services for whole towns and regions: community development at the scale of systems (macro).',
  },
};

/** The O*NET-SOC code of an O*NET catalog row id (`onet-19-1041.00`), or null for curated ids. */
export function socCodeOfOnetId(id: string): string | null {
  return id.startsWith('onet-') ? id.slice('onet-'.length) : null;
}

interface CatalogCareer {
  id: string;
  title: string;
  sector: SectorId | null;
  scale: ScaleId | null;
  causes: CauseId[];
  curated: boolean;
}

/**
 * The careers the map shows: every curated career at its own place, and each placed O*NET occupation whose cell
 * no curated career fills (once Vocare curates a career there, the stand-in steps aside).
 */
export interface CareerOnMap extends CatalogCareer {
  /** Why an O*NET occupation stands in its cell; null for curated careers. */
  placement: string | null;
}

export function careersOnMap(catalog: readonly CatalogCareer[]): CareerOnMap[] {
  const filled = new Set(catalog.filter((c) => c.curated && c.sector && c.scale).map((c) => `${c.sector}/${c.scale}`));
  return catalog.flatMap(({ id, title, scale, sector, causes, curated }): CareerOnMap[] => {
    if (curated) return [{ id, title, scale, sector, causes, curated, placement: null }];
    const soc = socCodeOfOnetId(id);
    const placed = soc ? ONET_MAP_PLACEMENTS[soc] : undefined;
    if (!placed || filled.has(`${placed.sector}/${placed.scale}`)) return [];
    const { sector: s, scale: sc, causes: cs, reason } = placed;
    return [{ id, title, sector: s, scale: sc, causes: cs, curated, placement: reason }];
  });
}

export interface MapCareer {
  id: string;
  title: string;
  sector: SectorId | null;
  scale: ScaleId | null;
  curated: boolean;
}

export interface MapTransition {
  from: string;
  to: string;
}

export interface MapCell {
  sector: SectorId;
  scale: ScaleId;
  careers: MapCareer[];
}

const scaleRank = (scale: ScaleId | null) => (scale ? SCALE_IDS.indexOf(scale) : -1);

/** Every cell of the map, sectors in vocabulary order, each with its careers (curated first, then by title). */
export function mapCells(careers: readonly MapCareer[]): MapCell[] {
  return SECTOR_IDS.flatMap((sector) =>
    SCALE_IDS.map((scale) => ({
      sector,
      scale,
      careers: careers
        .filter((c) => c.sector === sector && c.scale === scale)
        .sort((a, b) => Number(b.curated) - Number(a.curated) || a.title.localeCompare(b.title)),
    })),
  );
}

export function countEmptyCells(careers: readonly MapCareer[]): number {
  return mapCells(careers).filter((cell) => cell.careers.length === 0).length;
}

export type MapCellKey = `${SectorId}/${ScaleId}`;

/**
 * Cells that stay empty on purpose, each with the reason in words a visitor understands. A cell may be empty only
 * when Vocare has looked for a real career there and found none that honestly fits; the reason is then shown on
 * the map instead of a bare "none yet", and a test fails when a cell of the shipped catalog is empty without one.
 * Empty today: every cell holds a curated career or a placed O*NET occupation (ADR 0031).
 */
export const EMPTY_CELL_REASONS: Readonly<Partial<Record<MapCellKey, string>>> = {};

/** Why a cell is empty, in plain words, or null when nobody has written it down. */
export function emptyCellReason(
  sector: SectorId,
  scale: ScaleId,
  reasons: Readonly<Partial<Record<MapCellKey, string>>> = EMPTY_CELL_REASONS,
): string | null {
  return reasons[`${sector}/${scale}`] ?? null;
}

/** Empty cells nobody has explained: should always be none for the shipped catalog. */
export function unexplainedEmptyCells(
  careers: readonly MapCareer[],
  reasons: Readonly<Partial<Record<MapCellKey, string>>> = EMPTY_CELL_REASONS,
): MapCellKey[] {
  return mapCells(careers)
    .filter((cell) => cell.careers.length === 0 && emptyCellReason(cell.sector, cell.scale, reasons) === null)
    .map((cell): MapCellKey => `${cell.sector}/${cell.scale}`);
}

/** Transitions the picture draws: both ends on the map, and each step one or more scales wider. */
export function drawnTransitions(careers: readonly MapCareer[], transitions: readonly MapTransition[]) {
  const byId = new Map(careers.map((c) => [c.id, c]));
  return transitions.filter((t) => {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    return from && to && scaleRank(to.scale) > scaleRank(from.scale);
  });
}

/**
 * Greedy word wrap for SVG text (which does not wrap): lines of at most `maxChars`, at most `maxLines`, the last
 * one cut with an ellipsis. A single over-long word is cut too. The full title stays in the link's name.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const clipped = lines.map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  if (clipped.length <= maxLines) return clipped;
  const kept = clipped.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

// Geometry in SVG user units; the picture keeps this size and scrolls on narrow screens rather than shrinking
// its text below reading size.
export const MAP_GEOMETRY = {
  labelWidth: 150,
  columnWidth: 264,
  headerHeight: 48,
  cellPadding: 12,
  // Wide enough that the arrows between columns stay apart where they turn.
  cellPaddingX: 28,
  nodeGap: 8,
  lineHeight: 15,
  nodePaddingY: 8,
  emptyHeight: 30,
  titleChars: 28,
  titleLines: 3,
  labelChars: 17,
} as const;

export interface MapNodeLayout extends MapCareer {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface MapLayout {
  width: number;
  height: number;
  columns: { scale: ScaleId; x: number; width: number }[];
  rows: { sector: SectorId; y: number; height: number; lines: string[] }[];
  nodes: MapNodeLayout[];
  empty: { sector: SectorId; scale: ScaleId; x: number; y: number; width: number; height: number }[];
  edges: { from: string; to: string; d: string; x2: number; y2: number }[];
}

/** Scales as columns, sectors as rows, careers as boxes stacked in their cell, transitions as curves between boxes. */
export function layoutCareerMap(careers: readonly MapCareer[], transitions: readonly MapTransition[]): MapLayout {
  const g = MAP_GEOMETRY;
  const nodeWidth = g.columnWidth - 2 * g.cellPaddingX;
  const nodeHeight = (lines: string[]) => 2 * g.nodePaddingY + lines.length * g.lineHeight;
  const columns = SCALE_IDS.map((scale, i) => ({ scale, x: g.labelWidth + i * g.columnWidth, width: g.columnWidth }));
  const columnX = new Map(columns.map((c) => [c.scale, c.x]));
  const cells = mapCells(careers);

  const rows: MapLayout['rows'] = [];
  const nodes: MapNodeLayout[] = [];
  const empty: MapLayout['empty'] = [];
  let y = g.headerHeight;
  for (const sector of SECTOR_IDS) {
    const rowCells = cells.filter((cell) => cell.sector === sector);
    const stacks = rowCells.map((cell) => {
      let cursor = y + g.cellPadding;
      const x = (columnX.get(cell.scale) ?? 0) + g.cellPaddingX;
      const placed = cell.careers.map((career) => {
        const lines = wrapText(career.title, g.titleChars, g.titleLines);
        const node = { ...career, x, y: cursor, width: nodeWidth, height: nodeHeight(lines), lines };
        cursor += node.height + g.nodeGap;
        return node;
      });
      const contentHeight = placed.length > 0 ? cursor - g.nodeGap - y - g.cellPadding : g.emptyHeight;
      return { cell, x, placed, contentHeight };
    });
    const labelLines = wrapText(SECTOR_LABELS[sector], g.labelChars, 3);
    const rowHeight =
      2 * g.cellPadding + Math.max(labelLines.length * g.lineHeight, ...stacks.map((s) => s.contentHeight));
    for (const stack of stacks) {
      nodes.push(...stack.placed);
      if (stack.placed.length === 0)
        empty.push({
          sector,
          scale: stack.cell.scale,
          x: stack.x,
          y: y + g.cellPadding,
          width: nodeWidth,
          height: g.emptyHeight,
        });
    }
    rows.push({ sector, y, height: rowHeight, lines: labelLines });
    y += rowHeight;
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = drawnTransitions(careers, transitions).flatMap((t) => {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    if (!from || !to) return [];
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    // End short of the box so the arrowhead sits outside it.
    const x2 = to.x - 2;
    const y2 = to.y + to.height / 2;
    const bend = Math.max(24, (x2 - x1) / 2);
    return [{ from: t.from, to: t.to, d: `M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`, x2, y2 }];
  });

  return { width: g.labelWidth + SCALE_IDS.length * g.columnWidth, height: y, columns, rows, nodes, empty, edges };
}
