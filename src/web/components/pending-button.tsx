interface PendingButtonProps {
  label: string;
  /** Shown while the request runs ("Sending…"). */
  pendingLabel: string;
  isPending: boolean;
  /** Without it the button submits its form (whose handler checks `isPending` itself). */
  onClick?: () => void;
  className?: string;
}

/**
 * A button for an action that takes a request. While it runs the button says so and is `aria-disabled` rather than
 * `disabled`, which keeps keyboard focus on it; a second press does nothing.
 */
export function PendingButton({ label, pendingLabel, isPending, onClick, className = 'button' }: PendingButtonProps) {
  return (
    <button
      type={onClick ? 'button' : 'submit'}
      className={className}
      aria-disabled={isPending}
      onClick={onClick ? () => !isPending && onClick() : undefined}
    >
      {isPending ? pendingLabel : label}
    </button>
  );
}
