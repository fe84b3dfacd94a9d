import type { ScaleId } from '#contracts/vocabulary.js';
import { scaleName } from './career-labels.js';

/** The scale as text; the colour only repeats what the words already say. */
export function ScaleTag({ scale }: { scale: ScaleId | null }) {
  if (!scale) return <span className="tag tag-muted">Scale not assigned</span>;
  return <span className={`tag tag-${scale}`}>{scaleName(scale)}</span>;
}
