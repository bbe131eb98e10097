import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/__generated__/**',
      'client/dist/**',
      'client/dist-ide/**',
      'test-results/**',
      'dist/**',
      'data/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    // The driver and Cypher belong to the Neo4j adapter alone.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['server/store/neo4j/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only server/store/neo4j talks to Neo4j.' }] },
      ],
    },
  },
);
