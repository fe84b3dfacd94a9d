import type { WebFeature } from '#web/lib/web-feature.js';

/** The mentorship pages and their place in the main navigation; registered once in `app/features.ts`. */
export const mentorshipFeature: WebFeature = {
  routes: [
    {
      path: 'mentorship',
      lazy: async () => ({ Component: (await import('./pages/mentorship-page.js')).MentorshipPage }),
    },
    {
      path: 'mentorship/mentor-profile',
      lazy: async () => ({ Component: (await import('./pages/mentor-profile-page.js')).MentorProfilePage }),
    },
    {
      path: 'mentorship/requests/:id',
      lazy: async () => ({ Component: (await import('./pages/request-page.js')).MentorshipRequestPage }),
    },
    {
      path: 'mentorship/m/:id',
      lazy: async () => ({ Component: (await import('./pages/mentorship-detail-page.js')).MentorshipDetailPage }),
    },
    {
      path: 'mentorship/review',
      lazy: async () => ({ Component: (await import('./pages/review-page.js')).MentorshipReviewPage }),
    },
  ],
  nav: [{ to: '/mentorship', label: 'Mentorship' }],
};
