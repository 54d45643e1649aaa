/**
 * NestJS 12 ships ES modules only. Node 20 can require() them, but Jest's
 * module registry cannot before Node 24.9, so Jest compiles them to CommonJS
 * with this transformer. `import.meta.url` has no CommonJS equivalent in
 * the syntax, so it is rewritten first; `createRequire(import.meta.url)`
 * becomes Jest's own `require`, so that optional packages Nest loads lazily
 * (class-transformer, class-validator) are the same instances the tests see.
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const ownSource = readFileSync(__filename, 'utf8');

function rewriteImportMeta(source) {
  return source
    .replace(/^const require = createRequire\(import\.meta\.url\);?$/gm, '')
    .replace(/createRequire\(import\.meta\.url\)/g, 'require')
    .replace(/import\.meta\.url/g, "require('node:url').pathToFileURL(__filename).href");
}

module.exports = {
  process(source, filename) {
    const { outputText, sourceMapText } = ts.transpileModule(rewriteImportMeta(source), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        allowJs: true,
        sourceMap: true,
      },
    });
    return { code: outputText, map: sourceMapText };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update(ownSource).update(filename).update(source).digest('hex');
  },
};
