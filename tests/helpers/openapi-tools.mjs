// OpenAPI tools that ship as ES modules only (jest's CommonJS runtime cannot load them), run as a child
// process by tests/api/openapi.test.ts:
//   node tests/helpers/openapi-tools.mjs lint <doc.json>          → JSON list of @redocly/openapi-core problems
//   node tests/helpers/openapi-tools.mjs types <doc.json> <out.ts> → openapi-typescript's types of the document
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const [mode, input, output] = process.argv.slice(2);
const source = fs.readFileSync(input, 'utf8');

if (mode === 'lint') {
  // The "recommended" ruleset, with every rule that reports an error kept as an error.
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source, absoluteRef: pathToFileURL(input).href, config });
  const out = problems.map((p) => ({
    severity: p.severity,
    rule: p.ruleId,
    message: p.message,
    at: p.location?.[0]?.pointer ?? null,
  }));
  process.stdout.write(JSON.stringify(out));
} else if (mode === 'types') {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(source));
  fs.writeFileSync(output, astToString(ast));
} else {
  throw new Error(`unknown mode ${mode}`);
}
