import type { WebFeature } from '#web/lib/web-feature.js';

/** The auth pages and their place in the main navigation; registered once in `app/features.ts`. */
export const authFeature: WebFeature = {
  routes: [
    { path: 'signup', lazy: async () => ({ Component: (await import('./pages/sign-up-page.js')).SignUpPage }) },
    { path: 'signin', lazy: async () => ({ Component: (await import('./pages/sign-in-page.js')).SignInPage }) },
    { path: 'signout', lazy: async () => ({ Component: (await import('./pages/sign-out-page.js')).SignOutPage }) },
    { path: 'account', lazy: async () => ({ Component: (await import('./pages/account-page.js')).AccountPage }) },
    {
      path: 'account/password',
      lazy: async () => ({ Component: (await import('./pages/change-password-page.js')).ChangePasswordPage }),
    },
    {
      path: 'unsubscribe',
      lazy: async () => ({ Component: (await import('./pages/unsubscribe-page.js')).UnsubscribePage }),
    },
    {
      path: 'verify-email',
      lazy: async () => ({ Component: (await import('./pages/verify-email-page.js')).VerifyEmailPage }),
    },
    {
      path: 'confirm-email-change',
      lazy: async () => ({
        Component: (await import('./pages/confirm-email-change-page.js')).ConfirmEmailChangePage,
      }),
    },
    {
      path: 'forgot-password',
      lazy: async () => ({ Component: (await import('./pages/forgot-password-page.js')).ForgotPasswordPage }),
    },
    {
      path: 'reset-password',
      lazy: async () => ({ Component: (await import('./pages/reset-password-page.js')).ResetPasswordPage }),
    },
  ],
  nav: [],
};
