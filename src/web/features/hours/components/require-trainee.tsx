import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { User } from '#contracts/auth.js';
import { RequireUser } from '#web/lib/require-user.js';

/** The log is kept by trainees; anyone else is told how to become one instead of meeting an error. */
export function RequireTrainee({ children }: { children: (user: User) => ReactNode }) {
  return (
    <RequireUser>
      {(user) =>
        user.roles.includes('trainee') ? (
          children(user)
        ) : (
          <div className="notice">
            <p>
              The hours log is for trainees and associates accruing supervised hours. Add the “Trainee or associate”
              role to your account to start one.
            </p>
            <p>
              <Link to="/account">Go to your account</Link>
            </p>
          </div>
        )
      }
    </RequireUser>
  );
}
