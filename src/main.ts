import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { seedDemoTenant } from './demo/demo-seed.js';
import { GRAPHQL_PATH } from './graphql/graphql-options.js';
import { installGracefulShutdown } from './lifecycle/shutdown.js';

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
  const { app } = await createApp(config);
  installGracefulShutdown(app, config, (message) =>
    app.getHttpAdapter().getInstance().log.info(message),
  );
  await app.listen({ port: config.PORT, host: config.HOST });
  const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  const lines = [`GraphQL API: ${base}${GRAPHQL_PATH}`];
  if (config.NODE_ENV === 'development') lines.push(`GraphiQL:    ${base}/graphiql`);
  if (config.DEMO_SEED) lines.push(...(await seedDemoTenant(app, config)));
  // Plain text for the person who just ran `npm start`; the JSON logs stay machine-readable.
  process.stdout.write(`\nInterview Kit API is ready\n  ${lines.join('\n  ')}\n\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
