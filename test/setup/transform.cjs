// Jest's transform for TypeScript: esbuild strips the types (types are checked once, by `npm run typecheck`, which
// `npm test` runs first). TypeScript's own transpileModule (ts-jest) took about 20 s of a cold run's CPU for the
// ~300 files the tests load; esbuild takes about one. A file that calls `jest.mock(` still goes through ts-jest,
// which hoists the call above the imports as Jest requires; esbuild would leave it where it is written.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync, version } = require('esbuild');

const root = join(__dirname, '..', '..');
const tsconfig = readFileSync(join(root, 'tsconfig.json'), 'utf8');
let tsJest = null;
const viaTsJest = () => (tsJest ??= require('ts-jest').default.createTransformer({ tsconfig: join(root, 'tsconfig.json') }));

const hoists = (source) => /\bjest\.mock\(/.test(source);

module.exports = {
  process(source, file, options) {
    if (hoists(source)) return viaTsJest().process(source, file, options);
    const out = transformSync(source, {
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'es2022',
      jsx: 'automatic',
      sourcemap: 'inline',
      sourcefile: file,
      // Class fields as tsconfig.json's ES2022 target defines them (TypeScript's useDefineForClassFields default).
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
    });
    return { code: out.code };
  },
  getCacheKey(source, file, options) {
    if (hoists(source)) return viaTsJest().getCacheKey(source, file, options);
    return createHash('sha256').update(`esbuild ${version}\0${tsconfig}\0${file}\0${options.instrument ? 1 : 0}\0`).update(source).digest('hex');
  },
};
