import { SOURCE_KIND_LABELS, type SourceKind } from '#contracts/pathways.js';

/** Says what kind of source a fact rests on; a third-party page is marked so it is not mistaken for a rule. */
export function SourceKindTag({ kind }: { kind: SourceKind }) {
  return (
    <span className={`tag source-kind source-kind-${kind}`}>
      {kind === 'third-party' ? <span aria-hidden="true">⚠ </span> : null}
      {SOURCE_KIND_LABELS[kind]}
    </span>
  );
}
