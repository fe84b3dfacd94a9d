import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CareerDetail } from '#contracts/careers.js';
import { CAUSE_LABELS, EDUCATION_LABELS, RIASEC_LETTERS, WORK_VALUE_IDS } from '#contracts/vocabulary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ApiError } from '#web/lib/api-client.js';
import { formatList, formatYesNo, NOT_AVAILABLE } from '#web/lib/format.js';
import { useAttribution } from '#web/lib/get-attribution.js';
import { JOB_ZONE_LABELS, LEVEL_LABELS, QUALITY_LABELS, RIASEC_LABELS, WORK_VALUE_LABELS } from '#web/lib/labels.js';
import { planPathHref } from '#web/lib/plan-link.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCareer } from '../api/get-career.js';
import { describeSector, onetOnlineUrl, scaleMeaning, scaleName } from '../components/career-labels.js';
import { CompareToggle } from '../components/compare-toggle.js';
import { CompareTray } from '../components/compare-tray.js';
import { CuratedTag } from '../components/curated-tag.js';
import { FigureFact } from '../components/figure-fact.js';
import { ProfileTable } from '../components/profile-table.js';
import { RelatedCareers } from '../components/related-careers.js';
import { ScaleTag } from '../components/scale-tag.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function OnetSourceLine({ career }: { career: CareerDetail }) {
  return career.onetSource ? <p className="section-source">Source: {career.onetSource}</p> : null;
}

function CareerBody({ career }: { career: CareerDetail }) {
  const attribution = useAttribution();
  const interestLetters = new Set((career.interestCode ?? '').split(''));
  return (
    <>
      <div className="career-intro">
        <div className="tag-row">
          <CuratedTag isCurated={career.curated} />
          <ScaleTag scale={career.scale} />
        </div>
        {career.summary ? <p className="lead">{career.summary}</p> : null}
        {career.curated ? null : (
          <p className="section-note">
            Vocare has not curated this occupation yet: its codes and figures come from O*NET and the BLS, and its
            scale, sector and causes are not assigned.
          </p>
        )}
        {career.socCode ? (
          <p>
            O*NET-SOC code <strong>{career.socCode}</strong>
            {career.onetTitle ? ` (${career.onetTitle})` : ''}
            {career.socMatch === 'closest'
              ? ' — the closest O*NET occupation; O*NET has none for this exact role.'
              : '.'}{' '}
            <a href={onetOnlineUrl(career.socCode)}>
              Read O*NET OnLine’s description of {career.onetTitle ?? career.title}
              <span className="visually-hidden"> (external site)</span>
            </a>
          </p>
        ) : (
          <p>This career has no O*NET-SOC code.</p>
        )}
        <CompareToggle id={career.id} title={career.title} />
        <p>
          <Link className="button" to={planPathHref(career.id)}>
            Plan this path<span className="visually-hidden">: {career.title}</span>
          </Link>
        </p>
      </div>

      <div className="career-sections">
        <section aria-labelledby="glance-title" className="panel">
          <h2 id="glance-title">At a glance</h2>
          <dl className="facts">
            <Fact label="Scale of change">
              {career.scale ? `${scaleName(career.scale)}: ${scaleMeaning(career.scale)}` : NOT_AVAILABLE}
            </Fact>
            <Fact label="Sector">{describeSector(career.sector)}</Fact>
            <Fact label="Cause areas">{formatList(career.causes.map((c) => CAUSE_LABELS[c]))}</Fact>
            <Fact label="Typical settings">{formatList(career.settings)}</Fact>
            <Fact label="Direct client contact">
              {career.clientContact ? LEVEL_LABELS[career.clientContact] : NOT_AVAILABLE}
            </Fact>
            <Fact label="Emotional demand">
              {career.emotionalDemand ? LEVEL_LABELS[career.emotionalDemand] : NOT_AVAILABLE}
            </Fact>
          </dl>
        </section>

        <section aria-labelledby="pay-title" className="panel">
          <h2 id="pay-title">Pay and outlook</h2>
          <dl className="facts">
            <FigureFact label="Median annual pay" figure={career.medianPay} kind="usd" hideNote />
            <FigureFact
              label={career.outlookPeriod ? `Projected job growth, ${career.outlookPeriod}` : 'Projected job growth'}
              figure={career.growthPct}
              kind="percent"
              hideNote
            />
            <FigureFact label="Jobs" figure={career.employment} kind="count" unit="jobs" hideNote />
            <Fact label="Typical entry education (BLS)">{career.blsEducation ?? NOT_AVAILABLE}</Fact>
          </dl>
          {/* The figures often share one note (how BLS reports them): it is shown once. */}
          {[...new Set([career.medianPay.note, career.growthPct.note, career.employment.note])]
            .filter((note): note is string => typeof note === 'string' && note !== '')
            .map((note) => (
              <p key={note} className="figure-note">
                Note: {note}
              </p>
            ))}
        </section>

        <section aria-labelledby="education-title" className="panel">
          <h2 id="education-title">Education and licensing</h2>
          <dl className="facts">
            <Fact label="Minimum education">
              {career.minEducation ? EDUCATION_LABELS[career.minEducation] : NOT_AVAILABLE}
            </Fact>
            <Fact label="Typical education">{career.typicalEducation ?? NOT_AVAILABLE}</Fact>
            <Fact label="Flexible or online study possible">{formatYesNo(career.flexibleStudy)}</Fact>
            <Fact label="License needed">{formatYesNo(career.licenseRequired)}</Fact>
            <Fact label="Licenses">{formatList(career.licenses)}</Fact>
            <Fact label="Typical exams">{formatList(career.exams)}</Fact>
            <Fact label="Job zone (O*NET)">
              {career.jobZone === null
                ? NOT_AVAILABLE
                : `${career.jobZone} of 5 — ${JOB_ZONE_LABELS[career.jobZone] ?? ''}`}
              {career.jobZone !== null && career.onetSource ? (
                <span className="figure-source"> — {career.onetSource}</span>
              ) : null}
            </Fact>
          </dl>
        </section>

        <section aria-labelledby="qualities-title" className="panel">
          <h2 id="qualities-title">Qualities it leans on</h2>
          {career.qualities.length > 0 ? (
            <ul className="pill-list">
              {career.qualities.map((q) => (
                <li key={q}>{QUALITY_LABELS[q]}</li>
              ))}
            </ul>
          ) : (
            <p>{NOT_AVAILABLE}</p>
          )}
        </section>

        <section aria-labelledby="interests-title" className="panel">
          <h2 id="interests-title">Interests (RIASEC)</h2>
          {career.riasec ? (
            <>
              <p>
                Interest code: <strong>{career.interestCode ?? NOT_AVAILABLE}</strong>. O*NET rates how much each kind
                of interest this work satisfies, from 1 (not at all) to 7 (very much).
              </p>
              <ProfileTable
                caption="Interest profile, scores from 1 to 7"
                max={7}
                highlightNote="part of the interest code"
                rows={RIASEC_LETTERS.map((letter) => ({
                  key: letter,
                  label: `${RIASEC_LABELS[letter].name} (${letter})`,
                  hint: RIASEC_LABELS[letter].hint,
                  value: career.riasec?.[letter] ?? 0,
                  isHighlighted: interestLetters.has(letter),
                }))}
              />
              <OnetSourceLine career={career} />
            </>
          ) : (
            <p>Interest profile: {NOT_AVAILABLE}</p>
          )}
        </section>

        <section aria-labelledby="values-title" className="panel">
          <h2 id="values-title">Work values</h2>
          {career.workValues ? (
            <>
              <p>How strongly this work offers each of O*NET’s six work values, from 1 to 7.</p>
              <ProfileTable
                caption="Work values, scores from 1 to 7"
                max={7}
                rows={WORK_VALUE_IDS.map((id) => ({
                  key: id,
                  label: WORK_VALUE_LABELS[id],
                  value: career.workValues?.[id] ?? 0,
                }))}
              />
              <OnetSourceLine career={career} />
            </>
          ) : (
            <p>Work values: {NOT_AVAILABLE}</p>
          )}
        </section>

        <RelatedCareers related={career.related} />

        <section aria-labelledby="sources-title" className="panel sources">
          <h2 id="sources-title">Sources</h2>
          {attribution.data ? (
            <>
              <p>{attribution.data.onet}</p>
              <p>{attribution.data.bls}</p>
            </>
          ) : (
            <p>
              Occupation data from the O*NET 29.3 Database (USDOL/ETA), CC BY 4.0; pay and outlook from the U.S. Bureau
              of Labor Statistics.
            </p>
          )}
        </section>
      </div>
      <CompareTray />
    </>
  );
}

/** The description and schema.org Occupation of a career page, with the pay figure's source and year. */
function careerHead(career: CareerDetail | undefined) {
  if (!career) return {};
  const description = (
    career.summary ?? `${career.title}: O*NET occupation ${career.socCode ?? ''} with BLS pay and outlook figures.`
  ).slice(0, 300);
  const pay = career.medianPay;
  return {
    description,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: career.title,
      description,
      ...(career.socCode ? { occupationalCategory: career.socCode } : {}),
      ...(career.typicalEducation ? { educationRequirements: career.typicalEducation } : {}),
      ...(pay.value !== null
        ? {
            estimatedSalary: {
              '@type': 'MonetaryAmountDistribution',
              name: `Median annual wage, ${pay.year ?? 'year not stated'} (${pay.source ?? 'source not stated'})`,
              currency: 'USD',
              duration: 'P1Y',
              median: pay.value,
            },
          }
        : {}),
    },
  };
}

export function CareerPage() {
  const { id = '' } = useParams();
  const career = useCareer(id);
  const isNotFound = career.error instanceof ApiError && (career.error.status === 404 || career.error.status === 400);
  let title = 'Loading career…';
  if (career.data) title = career.data.title;
  else if (isNotFound) title = 'Career not found';
  else if (career.isError) title = 'Career could not be loaded';
  useDocumentTitle(career.data?.title ?? (isNotFound ? 'Career not found' : 'Career'), careerHead(career.data));

  return (
    <article className="career-page" aria-labelledby="career-title">
      <p className="breadcrumb">
        <Link to="/atlas">Career atlas</Link>
      </p>
      <h1 id="career-title" tabIndex={-1}>
        {title}
      </h1>
      {career.isPending ? <LoadingMessage label="Loading career…" /> : null}
      {isNotFound ? (
        <p>
          There is no career at this address. <Link to="/atlas">Search the career atlas</Link> instead.
        </p>
      ) : null}
      {career.isError && !isNotFound ? <ErrorMessage error={career.error} onRetry={() => career.refetch()} /> : null}
      {career.data ? <CareerBody career={career.data} /> : null}
    </article>
  );
}
