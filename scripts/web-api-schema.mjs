// Turns the api's OpenAPI document (JSON on standard input) into the web app's
// client types (TypeScript on standard output). Run by the web-api-client test,
// which compares them with apps/web/src/api/schema.d.ts and, with
// UPDATE_WEB_CLIENT=1 (`npm run web:client`), rewrites that file.
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const ast = await openapiTS(document, { alphabetize: true, exportType: true });
process.stdout.write(`/* Generated from the api's OpenAPI document by \`npm run web:client\`; do not edit. */\n\n${astToString(ast)}`);
