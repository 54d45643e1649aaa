// Turns the api's OpenAPI document (JSON on standard input) into the web app's
// client types (TypeScript on standard output). Run by the web-api-client test,
// which compares them with apps/web/src/api/schema.d.ts and, with
// UPDATE_WEB_CLIENT=1 (`npm run web:client`), rewrites that file.
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
// The typed client reads JSON: where an answer is also offered as CSV or NDJSON (for the pages' downloads,
// which ask for them with their own Accept), its type stays the JSON one rather than a union of the two.
for (const item of Object.values(document.paths)) {
  for (const operation of Object.values(item)) {
    for (const response of Object.values(operation?.responses ?? {})) {
      const content = response?.content;
      if (!content?.['application/json']) continue;
      for (const mediaType of Object.keys(content)) if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) delete content[mediaType];
    }
  }
}
const ast = await openapiTS(document, { alphabetize: true, exportType: true });
process.stdout.write(`/* Generated from the api's OpenAPI document by \`npm run web:client\`; do not edit. */\n\n${astToString(ast)}`);
