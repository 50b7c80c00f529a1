import { Controller, Get, Header, NotFoundException, Param, StreamableFile } from '@nestjs/common';
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Public } from '../auth/policy.decorator.js';
import { GRAPHQL_PATH } from './graphql-options.js';

export const GRAPHIQL_PATH = '/graphiql';

/**
 * GraphiQL's prebuilt browser bundle and the React UMD builds it runs on, from the exact
 * versions in package.json (development dependencies: the production image has none of them).
 */
const SCRIPT = 'text/javascript; charset=utf-8';
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: SCRIPT },
  'react-dom.production.min.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: SCRIPT,
  },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: SCRIPT },
  'graphiql.min.css': {
    pkg: 'graphiql',
    file: 'graphiql.min.css',
    type: 'text/css; charset=utf-8',
  },
};

const DEFAULT_QUERY = `# Paste the banner's JSON header into Headers
# below, then run this query (Ctrl-Enter).
{
  me {
    role
    user {
      email
    }
    tenant {
      name
    }
  }
}
`;

/** Renders GraphiQL with our endpoint; a file, not inline, so the page's CSP forbids inline script. */
const START_SCRIPT = `'use strict';
const fetcher = GraphiQL.createFetcher({ url: new URL(${JSON.stringify(GRAPHQL_PATH)}, location.href).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }),
);
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
    <title>Interview Kit API: GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_PATH}/assets/graphiql.min.css" />
    <style>
      body { margin: 0; height: 100vh; overflow: hidden; }
      #graphiql { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${GRAPHIQL_PATH}/assets/react.production.min.js"></script>
    <script src="${GRAPHIQL_PATH}/assets/react-dom.production.min.js"></script>
    <script src="${GRAPHIQL_PATH}/assets/graphiql.min.js"></script>
    <script src="${GRAPHIQL_PATH}/assets/start.js"></script>
  </body>
</html>
`;

/**
 * Everything the page loads comes from this server: nothing from a CDN, so GraphiQL works
 * offline, and the policy makes the browser refuse anything else. GraphiQL and CodeMirror set
 * inline styles; the fonts are data: URLs inside the CSS.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const require = createRequire(import.meta.url);

/** React's packages export no UMD paths, but every package exports its package.json. */
function assetPath(asset: { pkg: string; file: string }): string {
  try {
    return path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
  } catch {
    return path.join('node_modules', asset.pkg, asset.file); // not installed: reported below
  }
}

/** `GET /graphiql` in development only (see AppModule): GraphiQL served from npm packages. */
@Controller(GRAPHIQL_PATH.slice(1))
export class GraphiqlController {
  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', CONTENT_SECURITY_POLICY)
  @Header('cache-control', 'no-cache')
  page(): string {
    return PAGE;
  }

  @Public()
  @Get('assets/start.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'no-cache')
  start(): string {
    return START_SCRIPT;
  }

  @Public()
  @Get('assets/:file')
  @Header('cache-control', 'no-cache')
  asset(@Param('file') name: string): StreamableFile {
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new NotFoundException();
    const file = assetPath(asset);
    if (!existsSync(file)) {
      throw new NotFoundException(
        `${asset.pkg} is not installed: GraphiQL's files are development dependencies (npm ci installs them).`,
      );
    }
    return new StreamableFile(createReadStream(file), {
      type: asset.type,
    });
  }
}
