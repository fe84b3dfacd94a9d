import { useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSharedPlan } from '../api/plans.js';
import { NonprofitReadOnly } from '../components/nonprofit-section.js';
import {
  BudgetTotalsView,
  IndicatorTrends,
  LogicModelDiagram,
  LogicModelTable,
  PlanHealthSummary,
} from '../components/plan-views.js';
import { ExportLinks } from './plan-editor-page.js';

/** A plan read through its share link: no sign-in, nothing editable; a revoked link answers "not found". */
export function SharedPlanPage() {
  const { token = '' } = useParams();
  const plan = useSharedPlan(token);
  useDocumentTitle(plan.data?.document.title ?? 'Shared plan');
  if (plan.isPending) return <LoadingMessage label="Loading the shared plan…" />;
  if (plan.isError) return <ErrorMessage error={plan.error} />;
  const doc = plan.data.document;
  return (
    <>
      <h1>{doc.title}</h1>
      <p>A read-only plan shared by {plan.data.ownerName}.</p>
      <section aria-labelledby="shared-problem">
        <h2 id="shared-problem">The problem</h2>
        <p>{doc.problem.what}</p>
        <p>Who: {doc.problem.who}</p>
        <p>Where: {doc.problem.where}</p>
      </section>
      <section aria-labelledby="shared-health">
        <h2 id="shared-health">Plan health</h2>
        <PlanHealthSummary plan={doc} />
      </section>
      <section aria-labelledby="shared-model">
        <h2 id="shared-model">Logic model</h2>
        <LogicModelDiagram plan={doc} />
        <LogicModelTable plan={doc} />
      </section>
      <section aria-labelledby="shared-indicators">
        <h2 id="shared-indicators">Indicators</h2>
        <IndicatorTrends plan={doc} />
      </section>
      <NonprofitReadOnly plan={plan.data} />
      <section aria-labelledby="shared-budget">
        <h2 id="shared-budget">Budget</h2>
        <BudgetTotalsView plan={doc} />
      </section>
      <section aria-labelledby="shared-export">
        <h2 id="shared-export">Export</h2>
        <ExportLinks base={`/api/shared/initiatives/${encodeURIComponent(token)}`} />
      </section>
    </>
  );
}
