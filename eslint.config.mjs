// Lint rules: type-aware checks of promises (a promise that is neither awaited nor handled loses
// its error; one passed where a plain value is expected is always truthy), and the core's
// freedom from the editor API. The import floors and cycles are checked by dependency-cruiser
// (.dependency-cruiser.cjs); see docs/ARCHITECTURE.md.
import tseslint from 'typescript-eslint';

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
  {
    // One way to do each thing: diagnostic collections are made by createDiagnostics (one naming).
    files: ['src/**/*.ts'],
    ignores: ['src/vscode/diagnostics.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[property.name='createDiagnosticCollection']", message: 'Create diagnostic collections with createDiagnostics (src/vscode/diagnostics.ts).' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core and src/cli must stay editor-free (docs/ARCHITECTURE.md, Layers): put editor code in src/features, src/services or src/vscode.' }],
        patterns: [{ group: ['**/vscode/**', '**/features/**', '**/extension'], message: 'src/core and src/cli must not depend on editor adapters.' }],
      }],
    },
  },
);
