import { useConfirmEmailChange } from '../api/account-mail.js';
import { TokenActionPage } from '../components/token-action.js';

/** Opened from the message sent to a new address. */
export function ConfirmEmailChangePage() {
  return (
    <TokenActionPage
      title="Confirm your new email address"
      action={useConfirmEmailChange()}
      success={(data) => `Done: your account now uses ${data.email}.`}
      intro="Your account moves to this address once you confirm it. Mail from Vocare goes there from then on."
      buttonLabel="Use this address"
      pendingLabel="Confirming…"
    />
  );
}
