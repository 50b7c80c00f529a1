// Typed GraphQL operations for the app: graphql-codegen's client preset over the committed
// schema.graphql and the operations in src/**/*.graphql, written to src/gql/. `--check` writes nothing and
// exits 1 when a generated file differs (a root test runs it).
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { buildSchema, parse, printSchema } from 'graphql';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
const schemaAst = buildSchema(readFileSync(path.join(here, '../schema.graphql'), 'utf8'));
// Every .graphql file under src/ (a feature keeps its operations beside its pages), in a stable order.
const documents = readdirSync(path.join(here, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const location = path.join('src', file);
    const rawSDL = readFileSync(path.join(here, location), 'utf8');
    return { location, document: parse(rawSDL), rawSDL };
  });

const outputs = await preset.buildGeneratesSection({
  baseOutputDir: 'src/gql/',
  schema: parse(printSchema(schemaAst)),
  schemaAst,
  documents,
  plugins: [],
  pluginMap: {},
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
  presetConfig: { fragmentMasking: false },
  documentTransforms: [],
});

const stale = [];
for (const output of outputs) {
  const content = await codegen({ ...output, schema: output.schema, schemaAst });
  const file = path.join(here, output.filename);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) stale.push(output.filename);
  else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
if (stale.length) {
  console.error(`Stale generated files (run npm run codegen -w web): ${stale.join(', ')}`);
  process.exit(1);
}
