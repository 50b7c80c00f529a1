import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { seedDemoTenant } from './demo/demo-seed.js';
import { GRAPHIQL_PATH } from './graphql/graphiql.controller.js';
import { GRAPHQL_PATH } from './graphql/graphql-options.js';
import { ReadinessProbe } from './health/readiness.service.js';
import { installGracefulShutdown } from './lifecycle/shutdown.js';
import { webAppBuilt } from './web/web-app.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const { app } = await createApp(config).catch((error: unknown) => {
    // A set-up the service must not run with (e.g. the database's definer functions): the
    // message says what to fix; a stack would only hide it.
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78);
  });
  installGracefulShutdown(app, config, (message) =>
    app.getHttpAdapter().getInstance().log.info(message),
  );
  // Not ready (503 on /health/ready) until the demo users can sign in.
  const seeded = config.DEMO_SEED ? app.get(ReadinessProbe).hold('demo data') : () => undefined;
  await app.listen({ port: config.PORT, host: config.HOST });
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  const lines = [`GraphQL API: ${base}${GRAPHQL_PATH}`];
  if (webAppBuilt()) lines.unshift(`Web app:     ${base}/`);
  if (config.NODE_ENV === 'development') lines.push(`GraphiQL:    ${base}${GRAPHIQL_PATH}`);
  if (config.DEMO_SEED) lines.push(...(await seedDemoTenant(app, config)));
  seeded();
  // Plain text for the person who just ran `npm start`; the JSON logs stay machine-readable.
  process.stdout.write(`\nInterview Kit API is ready\n  ${lines.join('\n  ')}\n\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
