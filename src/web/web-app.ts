import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The built web app (`vite build` in web/, run by npm start and npm test). */
export const WEB_DIST = path.resolve('web/dist');
const WEB_INDEX = path.join(WEB_DIST, 'index.html');

/** Whether the web app is built (the server serves it only then). */
export const webAppBuilt = () => existsSync(WEB_INDEX);

/** Paths of the API itself: never answered with the app's index.html. */
const API_PREFIXES = ['/graphql', '/graphiql', '/dev', '/health', '/kits', '/auth', '/assets'];

/**
 * Security headers on every response (helmet) with a Content-Security-Policy that allows only
 * this origin's scripts (no inline script). Mantine puts its CSS variables in a <style>
 * element, hence 'unsafe-inline' for styles only. GraphiQL sets its own policy.
 */
export async function installSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API is read by servers and other origins' tools as before; only framing is refused.
    crossOriginResourcePolicy: false,
  });
}

/**
 * Serves web/dist at `/`: hashed assets cached for a year, index.html never cached, and
 * index.html for any other GET that asks for a page (client routes such as /interviews/:id).
 */
export async function installWebApp(
  app: NestFastifyApplication,
  warn: (message: string) => void,
): Promise<void> {
  if (!webAppBuilt()) {
    warn(`The web app is not built (${WEB_INDEX} is missing): run npm run build:web.`);
    return;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders(res, file) {
      void res.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  fastify.get('/*', { config: { webApp: true } }, (req, reply) => {
    const url = req.url.split('?')[0];
    const api = API_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`));
    // The app's root is a page whatever the client accepts (`curl` asks for */*); elsewhere a
    // client that does not ask for HTML gets the API's 404, not the app.
    const page = url === '/' || (req.headers.accept ?? '').includes('text/html');
    if (api || !page) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

/**
 * True for a request routed to the web app's files: a file of web/dist (@fastify/static marks
 * its routes with their rootPath) or the page fallback above. They read no database and are
 * not the API, so they spend none of the caller's API rate budget: one page load fetches
 * several files, and a person opening the app should not be throttled before their first query.
 */
export function isWebAppRequest(req: FastifyRequest): boolean {
  const config = req.routeOptions?.config as { webApp?: boolean; rootPath?: string } | undefined;
  // @fastify/static writes rootPath with posix separators and a trailing slash.
  const root = config?.rootPath?.replace(/\/$/, '').split('/').join(path.sep);
  return config?.webApp === true || root === WEB_DIST;
}
