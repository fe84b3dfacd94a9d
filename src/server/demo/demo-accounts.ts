import type { Role } from '#contracts/vocabulary.js';

/** Demo accounts for the quick start; the password is printed on start and never used outside demo mode. */
export const DEMO_PASSWORD = 'vocare-demo-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'explorer@demo.vocare.test', displayName: 'Ada Explorer', roles: ['explorer'] },
  { email: 'trainee@demo.vocare.test', displayName: 'Tomás Trainee', roles: ['explorer', 'trainee'] },
  { email: 'supervisor@demo.vocare.test', displayName: 'Dr. Sam Supervisor', roles: ['supervisor', 'mentor'] },
  { email: 'org@demo.vocare.test', displayName: 'Riverside Community Services', roles: ['organization'] },
  { email: 'admin@demo.vocare.test', displayName: 'Alex Admin', roles: ['admin', 'explorer'] },
];
export const DEMO_TRAINEE_EMAIL = 'trainee@demo.vocare.test';
export const DEMO_SUPERVISOR_EMAIL = 'supervisor@demo.vocare.test';
