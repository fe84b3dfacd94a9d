/** Query keys of the board; mutations invalidate by these prefixes. */
export const boardKeys = {
  all: ['board'] as const,
  search: (params: string) => ['board', 'search', params] as const,
  opportunity: (id: string) => ['board', 'opportunity', id] as const,
  organization: (id: string) => ['board', 'organization', id] as const,
  organizationApplications: (id: string) => ['board', 'organization', id, 'applications'] as const,
  organizationHours: (id: string) => ['board', 'organization', id, 'hours'] as const,
  members: (id: string) => ['board', 'organization', id, 'members'] as const,
  myOrganizations: ['board', 'me', 'organizations'] as const,
  myInvites: ['board', 'me', 'invites'] as const,
  myApplications: ['board', 'me', 'applications'] as const,
  applicationHours: (id: string) => ['board', 'application', id, 'hours'] as const,
  saved: ['board', 'me', 'saved'] as const,
  experience: ['board', 'me', 'experience'] as const,
  recommendations: ['board', 'me', 'recommendations'] as const,
  places: ['board', 'places'] as const,
  careerOptions: ['board', 'career-options'] as const,
};
