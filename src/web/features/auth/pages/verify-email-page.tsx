import { useVerifyEmail } from '../api/account-mail.js';
import { TokenActionPage } from '../components/token-action.js';

/** Opened from the verification message. */
export function VerifyEmailPage() {
  return (
    <TokenActionPage
      title="Confirm your email address"
      action={useVerifyEmail()}
      success={(data) => `Thank you: ${data.email} is confirmed.`}
      intro="Confirm that this address is yours to accept invitations and take part fully."
      buttonLabel="Confirm my address"
      pendingLabel="Confirming…"
    />
  );
}
