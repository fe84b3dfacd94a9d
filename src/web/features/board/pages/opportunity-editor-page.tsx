import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCreateOpportunity } from '../api/create-opportunity.js';
import { useOpportunity } from '../api/get-opportunity.js';
import { useUpdateOpportunity } from '../api/update-opportunity.js';
import { BoardSubnav } from '../components/board-subnav.js';
import { OpportunityForm } from '../components/opportunity-form.js';
import '../board.css';

function CreateOpportunity({ organizationId }: { organizationId: string }) {
  const navigate = useNavigate();
  const create = useCreateOpportunity(organizationId);
  return (
    <OpportunityForm
      isPending={create.isPending}
      onSubmit={(body, onError) =>
        create.mutate(body, {
          onSuccess: (opportunity) =>
            navigate(`/opportunities/${opportunity.id}`, {
              state: {
                flash:
                  opportunity.status === 'open' ? 'Published: seekers can find and apply to it now.' : 'Draft saved.',
              },
            }),
          onError,
        })
      }
    />
  );
}

function EditOpportunity({ id }: { id: string }) {
  const navigate = useNavigate();
  const opportunity = useOpportunity(id);
  const update = useUpdateOpportunity(id);
  if (opportunity.isPending) return <LoadingMessage label="Loading the opportunity…" />;
  if (opportunity.isError) return <ErrorMessage error={opportunity.error} onRetry={() => opportunity.refetch()} />;
  if (!opportunity.data.viewer.isMember) {
    return <p className="notice notice-error">Only members of {opportunity.data.organization.name} can edit it.</p>;
  }
  return (
    <OpportunityForm
      initial={opportunity.data}
      isPending={update.isPending}
      onSubmit={(body, onError) =>
        update.mutate(body, {
          onSuccess: () => navigate(`/opportunities/${id}`, { state: { flash: 'Changes saved.' } }),
          onError,
        })
      }
    />
  );
}

/** /organizations/:id/opportunities/new and /opportunities/:id/edit. */
export function OpportunityEditorPage() {
  const { id, opportunityId } = useParams();
  const title = opportunityId ? 'Edit opportunity' : 'Post an opportunity';
  useDocumentTitle(title);
  return (
    <div className="board narrow">
      <p className="breadcrumb">
        {id ? (
          <Link to={`/organizations/${id}/dashboard`}>Back to the dashboard</Link>
        ) : (
          <Link to="/organizations">Organizations</Link>
        )}
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      <BoardSubnav />
      <p className="lead">Fields marked (required) must be filled in.</p>
      <RequireUser>
        {() =>
          opportunityId ? <EditOpportunity id={opportunityId} /> : <CreateOpportunity organizationId={id ?? ''} />
        }
      </RequireUser>
    </div>
  );
}
