import { writeFile } from 'node:fs/promises';
import { openApiDocument } from '../../../api/src/openapi-document';
import type { CliCommand } from '../cli-command';
import { parseOptions } from '../parse-options';

/** The api's OpenAPI document (what /docs-json serves), for tools that lint or mock it; needs no database. */
export const openapiCommand: CliCommand = {
  name: 'openapi',
  summary: 'write the OpenAPI document the api serves at /docs-json',
  usage: '--out <file>   write it there (default: standard output)',
  async run(args, io) {
    const { out } = parseOptions(args, ['out']);
    const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
    if (out === undefined) io.stdout(text);
    else await writeFile(out, text);
    return 0;
  },
};
