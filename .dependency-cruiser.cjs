// The walls of ../shared/STYLE.md, checked by `npm run lint` (ADR 0016). Paths are relative to the project root.
const FEATURE_FOLDERS = '^src/(server|web)/features/([^/]+)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ is pure logic that runs anywhere: no server, web or CLI code and no Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: ['^src/(server|web|cli)/'] },
    },
    {
      name: 'domain-no-node-builtins',
      comment: 'domain/ runs in the browser too: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'contracts-only-zod',
      comment: 'contracts/ holds Zod schemas shared by server, web and CLI: it imports zod and other contracts only.',
      severity: 'error',
      from: { path: '^src/contracts/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^src/contracts/', '^node_modules/zod/'] },
    },
    {
      name: 'web-never-imports-server',
      comment: 'The browser bundle must not pull in server or CLI code.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'web-no-node-builtins',
      severity: 'error',
      from: { path: '^src/web/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-cross-feature-internals',
      comment:
        'A feature never reaches into another feature: it talks through a port (*.port.ts) owned by the feature that ' +
        'needs it, implemented by an adapter in the other feature and wired in the manifest (server/features.ts).',
      severity: 'error',
      from: { path: `${FEATURE_FOLDERS}` },
      to: {
        path: '^src/$1/features/([^/]+)/',
        pathNot: ['^src/$1/features/$2/', '\\.port\\.ts$'],
      },
    },
    {
      name: 'shared-layers-below-features',
      comment: 'Plugins, db, users, lib and components sit below the features and never import one.',
      severity: 'error',
      from: { path: '^src/(server/(plugins|db|users|lib)|web/(lib|components))/' },
      to: { path: '^src/(server|web)/features/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
