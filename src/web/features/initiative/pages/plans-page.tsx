import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PLAN_TEMPLATE_LABELS, type PlanTemplate } from '#contracts/initiative.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAcceptPlanInvite, useCreatePlan, useMyPlanInvites, usePlanList } from '../api/plans.js';

/** The two templates a person starts from (the blank plan stays available through the API and CLI). */
const STARTING_TEMPLATES: readonly PlanTemplate[] = ['community', 'nonprofit'];

const ROLE_WORDS = { 'co-owner': 'edit it as a co-owner', viewer: 'read it as a viewer' } as const;

/**
 * Invitations sent to this person's address: the invitation mail links here, and RequireUser sends a person who is
 * not signed in to sign in (or make an account) and back. Accepting needs a confirmed address (the server says so).
 */
function PlanInvites({ emailVerified }: { emailVerified: boolean }) {
  const invites = useMyPlanInvites();
  const accept = useAcceptPlanInvite();
  const navigate = useNavigate();
  if (invites.isError) return <ErrorMessage error={invites.error} onRetry={() => invites.refetch()} />;
  if (!invites.data || invites.data.invites.length === 0) return null;
  return (
    <section aria-labelledby="plan-invites-heading">
      <h2 id="plan-invites-heading">Invitations to plans</h2>
      {emailVerified ? null : (
        <p>
          Confirm your email address before accepting: follow the link we sent you, or ask for a new one on{' '}
          <Link to="/account">your account page</Link>.
        </p>
      )}
      <ul>
        {invites.data.invites.map((invite) => (
          <li key={invite.id}>
            You are invited to {ROLE_WORDS[invite.role]}: <strong>{invite.planTitle}</strong>.{' '}
            <button
              type="button"
              disabled={accept.isPending}
              onClick={() => accept.mutate(invite.id, { onSuccess: (plan) => navigate(`/initiatives/${plan.id}`) })}
            >
              Accept the invitation to “{invite.planTitle}”
            </button>
          </li>
        ))}
      </ul>
      {accept.isError ? <p role="alert">{describeError(accept.error)}</p> : null}
    </section>
  );
}

function PlanList() {
  const plans = usePlanList();
  if (plans.isPending) return <LoadingMessage label="Loading your plans…" />;
  if (plans.isError) return <ErrorMessage error={plans.error} onRetry={() => plans.refetch()} />;
  if (plans.data.plans.length === 0) return <p>You have no plans yet. Start one below from a problem you see.</p>;
  return (
    <table>
      <caption>Your plans and plans shared with you</caption>
      <thead>
        <tr>
          <th scope="col">Plan</th>
          <th scope="col">Template</th>
          <th scope="col">Your access</th>
          <th scope="col">Plan health</th>
          <th scope="col">Last saved</th>
        </tr>
      </thead>
      <tbody>
        {plans.data.plans.map((plan) => (
          <tr key={plan.id}>
            <td>
              <Link to={`/initiatives/${plan.id}`}>{plan.title}</Link>
            </td>
            <td>{PLAN_TEMPLATE_LABELS[plan.template]}</td>
            <td>{plan.access}</td>
            <td>
              {plan.health.problems} to fix, {plan.health.warnings} to check
            </td>
            <td>{formatDateTime(plan.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CreatePlanForm() {
  const create = useCreatePlan();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<PlanTemplate>('community');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [where, setWhere] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        template,
        ...(title.trim() ? { title } : {}),
        problem: { what, who, where, evidence: [] },
      },
      {
        onSuccess: () => {
          setTitle('');
          setWhat('');
          setWho('');
          setWhere('');
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="new-plan-heading">
      <h2 id="new-plan-heading">Start a plan from a problem</h2>
      <p>You don't have to start big: say what you see, who it affects and where.</p>
      <fieldset>
        <legend>Template</legend>
        {STARTING_TEMPLATES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="template"
              value={option}
              checked={template === option}
              onChange={() => setTemplate(option)}
            />{' '}
            {PLAN_TEMPLATE_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <label htmlFor="plan-title">Title (optional)</label>
      <input id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
      <label htmlFor="plan-what">What is the problem?</label>
      <textarea id="plan-what" value={what} onChange={(e) => setWhat(e.target.value)} maxLength={4000} />
      <label htmlFor="plan-who">Who does it affect?</label>
      <textarea id="plan-who" value={who} onChange={(e) => setWho(e.target.value)} maxLength={4000} />
      <label htmlFor="plan-where">Where?</label>
      <input id="plan-where" value={where} onChange={(e) => setWhere(e.target.value)} maxLength={200} />
      <div role="status" aria-live="polite">
        {create.isSuccess ? (
          <>
            Started <Link to={`/initiatives/${create.data.id}`}>{create.data.document.title}</Link>.
          </>
        ) : null}
      </div>
      {create.isError ? <p role="alert">{describeError(create.error)}</p> : null}
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? 'Starting…' : 'Start the plan'}
      </button>
    </form>
  );
}

export function PlansPage() {
  useDocumentTitle('Initiatives');
  return (
    <RequireUser>
      {(user) => (
        <>
          <h1>Initiatives</h1>
          <PlanInvites emailVerified={user.emailVerified} />
          <PlanList />
          <CreatePlanForm />
        </>
      )}
    </RequireUser>
  );
}
