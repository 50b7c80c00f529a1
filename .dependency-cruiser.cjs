/* global module */
/**
 * Module boundaries, checked by `npm run lint` (README, Architecture). Layers, lowest first:
 *   1. config, common, database, throttle: infrastructure, no product rules;
 *   2. tenancy: tenants, users, members and their settings;
 *   3. auth: credentials (passwords, sessions, JWTs, API keys) and the guard;
 *   4. access: who may read or write which interviews, candidates, scorecards, loops and kits
 *      (SQL conditions and the bulk check), over table names only;
 *   5. domain: accounts, taxonomy, loops, interviews, scorecards, integration, node, demo;
 *   6. the application: app.module, app.factory, graphql, health, lifecycle, web, main, cli.
 * A layer imports only layers below it; no cycle between files or between folders.
 */
const INFRASTRUCTURE = '^src/(config|common|database|throttle)/';
const DOMAIN = '^src/(accounts|taxonomy|loops|interviews|scorecards|integration|node|demo)/';
const APPLICATION =
  '^src/(app[.]module|app[.]factory|main|cli)[.]ts$|^src/(graphql|health|lifecycle|web)/';

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment: 'Files import each other in a cycle: move the shared part down, or invert one edge.',
      severity: 'error',
      // Two entities with foreign keys to each other (a question and its current version) must
      // name each other for TypeORM; a cycle of entity files only is allowed.
      from: { path: '^src/', pathNot: '^src/[^/]+/entities/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Two modules (folders) depend on each other: one of them must be the lower one.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lower-layer-imports-domain',
      comment:
        'common, database, config, throttle, tenancy and auth serve the access rules and the domain modules; they never import them.',
      severity: 'error',
      from: { path: [INFRASTRUCTURE, '^src/(tenancy|auth)/'] },
      to: { path: [DOMAIN, APPLICATION, '^src/access/'] },
    },
    {
      name: 'access-imports-domain',
      comment:
        'The access rules sit below the domain modules that ask them; they name tables, never a module.',
      severity: 'error',
      from: { path: '^src/access/' },
      to: { path: [DOMAIN, APPLICATION, '^src/auth/'] },
    },
    {
      name: 'infrastructure-imports-identity',
      comment: 'Infrastructure knows nothing of tenants, members or credentials.',
      severity: 'error',
      from: { path: INFRASTRUCTURE },
      to: { path: '^src/(tenancy|auth)/' },
    },
    {
      name: 'tenancy-imports-auth',
      comment: 'auth builds on tenancy (members, sessions), never the other way round.',
      severity: 'error',
      from: { path: '^src/tenancy/' },
      to: { path: '^src/auth/' },
    },
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // The entity registry names every module's entities for TypeORM (the one composition list
    // below the application layer); the cruise leaves it out.
    exclude: { path: ['[.]d[.]ts$', '^src/database/entities[.]ts$'] },
  },
};
