import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCreateOrganization } from '../api/create-organization.js';
import { useOrganization } from '../api/get-organization.js';
import { useUpdateOrganization } from '../api/update-organization.js';
import { BoardSubnav } from '../components/board-subnav.js';
import { OrganizationForm } from '../components/organization-form.js';
import '../board.css';

function CreateOrganization() {
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <OrganizationForm
      submitLabel="Create organization"
      isPending={create.isPending}
      onSubmit={(values, onError) =>
        create.mutate(values, {
          onSuccess: (organization) =>
            navigate(`/organizations/${organization.id}/dashboard`, {
              state: { flash: `${organization.name} is ready. Post your first opportunity.` },
            }),
          onError,
        })
      }
    />
  );
}

function EditOrganization({ id }: { id: string }) {
  const navigate = useNavigate();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);
  if (organization.isPending) return <LoadingMessage label="Loading the organization…" />;
  if (organization.isError) return <ErrorMessage error={organization.error} onRetry={() => organization.refetch()} />;
  if (!organization.data.isMember)
    return <p className="notice notice-error">Only members can edit this organization.</p>;
  return (
    <OrganizationForm
      initial={organization.data}
      submitLabel="Save changes"
      isPending={update.isPending}
      onSubmit={(values, onError) =>
        update.mutate(values, {
          onSuccess: () => navigate(`/organizations/${id}/dashboard`, { state: { flash: 'Profile saved.' } }),
          onError,
        })
      }
    />
  );
}

/** /organizations/new and /organizations/:id/edit. */
export function OrganizationFormPage() {
  const { id } = useParams();
  const title = id ? 'Edit organization profile' : 'Create an organization profile';
  useDocumentTitle(title);
  return (
    <div className="board narrow">
      <h1 tabIndex={-1}>{title}</h1>
      <BoardSubnav />
      <p className="lead">
        Seekers see this profile beside every opportunity you post. Fields marked (required) must be filled in.
      </p>
      <RequireUser>
        {(user) =>
          id ? (
            <EditOrganization id={id} />
          ) : user.roles.includes('organization') ? (
            <CreateOrganization />
          ) : (
            <p className="notice notice-error">
              Creating an organization needs the Organization role. Add it on <Link to="/account">your account</Link>.
            </p>
          )
        }
      </RequireUser>
    </div>
  );
}
