// Typed GraphQL operations for the app: graphql-codegen's client preset over the committed
// schema.graphql and src/operations.graphql, written to src/gql/. `--check` writes nothing and
// exits 1 when a generated file differs (a root test runs it).
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { buildSchema, parse, printSchema } from 'graphql';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
const schemaAst = buildSchema(readFileSync(path.join(here, '../schema.graphql'), 'utf8'));
const documentsFile = 'src/operations.graphql';
const rawSDL = readFileSync(path.join(here, documentsFile), 'utf8');
const document = parse(rawSDL);

const outputs = await preset.buildGeneratesSection({
  baseOutputDir: 'src/gql/',
  schema: parse(printSchema(schemaAst)),
  schemaAst,
  documents: [{ location: documentsFile, document, rawSDL }],
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
