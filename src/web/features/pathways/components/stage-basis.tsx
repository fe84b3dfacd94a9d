import type { PathwayFact, RuleRequirementRef } from '#contracts/pathways.js';
import { SourceKindTag } from './source-kind-tag.js';

/** The site a source address points at ("asha.org"), or null when the source is not a plain web address. */
function sourceSite(source: string): string | null {
  if (!/^https?:\/\/[^\s%]+$/.test(source)) return null;
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function requirementTarget(req: RuleRequirementRef): string {
  if (!req.verified || req.target === null) return 'Not verified';
  const n = req.target.toLocaleString('en-US');
  if (req.kind === 'min-duration') return `at least ${n} months`;
  if (req.kind === 'window') return `within ${n} months`;
  if (req.kind === 'max-hours-per-week') return `at most ${n} hours a week`;
  return `${n} hours`;
}

/** What a stage rests on: the sourced facts (with their kind of source) and the rule requirements. */
export function StageBasis({
  facts,
  requirements,
  subHeading = 'h4',
}: {
  facts: PathwayFact[];
  requirements: RuleRequirementRef[];
  subHeading?: 'h4' | 'h5';
}) {
  const SubHeading = subHeading;
  if (facts.length === 0 && requirements.length === 0) return null;
  const hasThirdParty = facts.some((f) => f.sourceKind === 'third-party');
  const first = requirements[0];
  return (
    <details className="stage-basis">
      <summary>
        What this rests on ({facts.length + requirements.length}{' '}
        {facts.length + requirements.length === 1 ? 'item' : 'items'}
        {hasThirdParty ? ', some from third-party pages only' : ''})
      </summary>
      {requirements.length > 0 && first ? (
        <>
          <SubHeading>
            Licensure rules: {first.ruleSetId}, version {first.ruleSetVersion}
          </SubHeading>
          <ul className="basis-list">
            {requirements.map((r) => (
              <li key={r.requirementId}>
                <span className="basis-label">{r.label}:</span>{' '}
                <strong className={r.verified ? undefined : 'not-verified'}>{requirementTarget(r)}</strong>
              </li>
            ))}
          </ul>
          <p className="basis-source">
            Source: {first.source}. Checked {first.checkedDate}.
          </p>
        </>
      ) : null}
      {facts.length > 0 ? (
        <>
          <SubHeading>Facts</SubHeading>
          <ul className="basis-list">
            {facts.map((f) => (
              <li key={f.id}>
                <span className="basis-label">{f.requirement}:</span>{' '}
                <strong>
                  {f.value}
                  {f.unit ? ` ${f.unit}` : ''}
                </strong>{' '}
                <SourceKindTag kind={f.sourceKind} />
                <span className="basis-source">
                  {' '}
                  {f.authority}
                  {' — '}
                  {sourceSite(f.source) ? <a href={f.source}>{sourceSite(f.source)}</a> : f.source}
                  {f.checkedDate ? ` (${f.checkedDate})` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
