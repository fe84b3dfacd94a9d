import type { Role } from '../../contracts/vocabulary.js';
import type { Db } from '../db/client.js';
import { ensureUser } from '../features/auth/auth.service.js';
import { seedBoardDemo } from '../features/board/board.demo.js';
import { seedDemoGuideComments } from '../features/guides/guides.demo.js';
import { seedHoursDemo } from '../features/hours/hours.demo.js';
import { seedPathwaysDemo } from '../features/pathways/pathways.demo.js';
import { seedResilienceDemo } from '../features/resilience/resilience.demo.js';

/** Demo accounts for the quick start; the password is printed on start and never used outside demo mode. */
export const DEMO_PASSWORD = 'vocare-demo-2026';
export const DEMO_ACCOUNTS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'explorer@demo.vocare.test', displayName: 'Ada Explorer', roles: ['explorer'] },
  { email: 'trainee@demo.vocare.test', displayName: 'Tomás Trainee', roles: ['explorer', 'trainee'] },
  { email: 'supervisor@demo.vocare.test', displayName: 'Dr. Sam Supervisor', roles: ['supervisor', 'mentor'] },
  { email: 'org@demo.vocare.test', displayName: 'Riverside Community Services', roles: ['organization'] },
  { email: 'admin@demo.vocare.test', displayName: 'Alex Admin', roles: ['admin', 'explorer'] },
];

export async function seedDemoData(db: Db): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    await ensureUser(db, { ...account, password: DEMO_PASSWORD });
  }
  await seedDemoGuideComments(db);
  await seedResilienceDemo(db, 'trainee@demo.vocare.test');
  await seedBoardDemo(db);
  await seedPathwaysDemo(db, 'trainee@demo.vocare.test');
  await seedHoursDemo(db, 'trainee@demo.vocare.test', 'supervisor@demo.vocare.test');
}
