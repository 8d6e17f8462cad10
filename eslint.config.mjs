// `npm run lint` (a stage of `npm test`): typescript-eslint's recommended rules, no import cycles,
// and the engine's boundary (src/core imports neither `vscode` nor Node built-ins; also checked by
// test/unit/boundary.test.ts on the bundles). Zero warnings on main.
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['dist/**', 'bench/.engine/**', 'out/**', 'media/**', '.tools/**', 'scratch/**', 'node_modules/**', 'test-results/**', '**/*.cjs', 'src/core/**/*.d.cts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json'] })],
      // Dependencies are read with the TypeScript parser, so that a cycle through them is seen.
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The engine is host-free: the extension passes what it needs.' }],
        patterns: [{ group: ['node:*', ...builtinModules], message: 'The engine is host-free: no Node built-ins (the CLI reads files, the engine gets text).' }],
      }],
    },
  },
);
