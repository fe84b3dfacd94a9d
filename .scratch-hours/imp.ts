import { openBenchDb } from '../bench/bench-kit.js';
import { ensureUser } from '../src/server/features/auth/auth.service.js';
import { parseHoursCsv } from '../src/domain/hours/hours-csv.js';
import { importCsv } from '../src/server/features/hours/import.service.js';
const { handle, cleanup } = await openBenchDb();
const db = handle.db;
const u = await ensureUser(db, { email: 'p@example.test', password: 'x'.repeat(12), displayName: 'P', roles: ['trainee'] });
const lines = ['date,hours,category,site,supervisor,note'];
for (let i = 0; i < 50000; i++) lines.push(`${new Date(Date.UTC(2019,0,1)+(i%2000)*86400000).toISOString().slice(0,10)},${((i%8)+1)/4},${['direct','indirect','supervision-individual','supervision-group'][i%4]},Community Clinic ${i%5},,block ${i}`);
const csv = lines.join('\n');
function cpu<T>(label: string, f: () => T): T { const c = process.cpuUsage(); const w = performance.now(); const r = f(); const d = process.cpuUsage(c); console.log(label, 'cpu', ((d.user+d.system)/1000).toFixed(0), 'wall', (performance.now()-w).toFixed(0)); return r; }
cpu('parse', () => parseHoursCsv(csv));
const c = process.cpuUsage(); const w = performance.now();
await importCsv(db, { id: u.id, email: u.email, displayName: 'P', roles: ['trainee'], tokenHash: '' }, csv);
const d = process.cpuUsage(c); console.log('import', 'cpu', ((d.user+d.system)/1000).toFixed(0), 'wall', (performance.now()-w).toFixed(0));
await cleanup();
