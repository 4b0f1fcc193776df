// Lint: TypeScript rules everywhere, and a hard boundary that keeps src/core a pure library.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const coreBoundary = {
  patterns: [
    { group: ['exceljs', 'exceljs/*'], message: 'src/core takes a Grid; ExcelJS belongs in src/cli.' },
    { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'src/core has no UI.' },
    { group: ['office-js', '@microsoft/office-js', '@types/office-js'], message: 'src/core has no Office.js.' },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'process', 'util', 'stream', 'crypto', 'zlib'], message: 'src/core runs in the browser too: no Node APIs.' },
    { group: ['../cli/*', '../excel/*', '../taskpane/*', '../commands/*', '../../cli/*', '../../excel/*', '../../taskpane/*', '../../commands/*'], message: 'src/core depends on nothing outside it.' },
  ],
};

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'scratch/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreBoundary],
      'no-restricted-globals': ['error', 'document', 'window', 'Office', 'Excel', 'process', 'require', 'Buffer'],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
