// Lint rules that guard the architecture (DESIGN §1): the core never imports the editor API.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/vscode-host/**', '.test-runs/**', '.bench/**'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-debugger': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core and src/cli must stay editor-free (DESIGN §1): put editor code in src/features or src/vscode.' }],
        patterns: [{ group: ['**/vscode/**', '**/features/**', '**/extension'], message: 'src/core and src/cli must not depend on editor adapters.' }],
      }],
    },
  },
);
