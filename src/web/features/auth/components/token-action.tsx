import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MutationNotice, type MutationOutcome } from '#web/components/mutation-notice.js';
import { PendingButton } from '#web/components/pending-button.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

interface TokenActionProps<T> {
  title: string;
  /** The mutation that spends the link's token. */
  action: MutationOutcome<T> & { isPending: boolean; mutate: (token: string) => void };
  success: (data: T) => string;
  /** What pressing the button will do, shown until it is done. */
  intro: ReactNode;
  buttonLabel: string;
  pendingLabel: string;
}

/**
 * A page opened from a link in a message (confirm an address, confirm a change of address). The token is spent
 * by a button (a POST), never on opening the page, so mail scanners that follow links change nothing.
 */
export function TokenActionPage<T>({ title, action, success, intro, buttonLabel, pendingLabel }: TokenActionProps<T>) {
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{title}</h1>
      <MutationNotice mutation={action} success={success} />
      {action.isSuccess ? (
        <p>
          <Link to="/account">Go to your account</Link>
        </p>
      ) : (
        <>
          <p>{intro}</p>
          <PendingButton
            label={buttonLabel}
            pendingLabel={pendingLabel}
            isPending={action.isPending}
            onClick={() => action.mutate(token)}
          />
        </>
      )}
    </div>
  );
}
