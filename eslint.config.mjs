// Lint rules: type-aware checks of promises (a promise that is neither awaited nor handled loses
// its error; one passed where a plain value is expected is always truthy), and the core's
// freedom from the editor API. The import floors and cycles are checked by dependency-cruiser
// (.dependency-cruiser.cjs); see docs/ARCHITECTURE.md. A few things are done in one module only
// (ONE_WAY below).
import tseslint from 'typescript-eslint';

/** Things done in one module only (no-restricted-syntax selectors). */
const ONE_WAY = {
  diagnostics: {
    selector: "MemberExpression[property.name='createDiagnosticCollection']",
    message: 'Create diagnostic collections with createDiagnostics (src/vscode/diagnostics.ts): one naming for all.',
  },
  settings: {
    selector: 'MemberExpression[property.name=/^(getConfiguration|affectsConfiguration)$/]',
    message: 'Read settings and their changes through src/vscode/config.ts (each setting is in SETTINGS, src/vscode/settings.ts).',
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/vscode-host/**', '.test-runs/**', '.bench/**'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      'no-debugger': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // One way to do each thing: each of these is done in one module only.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/vscode/diagnostics.ts', 'src/vscode/config.ts'],
    rules: { 'no-restricted-syntax': ['error', ONE_WAY.diagnostics, ONE_WAY.settings] },
  },
  { files: ['src/vscode/diagnostics.ts'], rules: { 'no-restricted-syntax': ['error', ONE_WAY.settings] } },
  { files: ['src/vscode/config.ts'], rules: { 'no-restricted-syntax': ['error', ONE_WAY.diagnostics] } },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message:
                'src/core and src/cli must stay editor-free (docs/ARCHITECTURE.md, Layers): put editor code in src/features, src/services or src/vscode.',
            },
          ],
          patterns: [
            {
              group: ['**/vscode/**', '**/features/**', '**/extension'],
              message: 'src/core and src/cli must not depend on editor adapters.',
            },
          ],
        },
      ],
    },
  },
);
