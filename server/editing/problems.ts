/**
 * Problems with input, one per field, each with a code a form can act on. Record schemas
 * (domain/records.ts) and integrity rules (domain/integrity.ts) say what is wrong; this turns
 * what they say into FieldProblems and the ValidationError the API answers with.
 */
import type { z } from 'zod';
import { ValidationError, type FieldProblem } from '../domain/errors.js';
import type { IntegrityIssue } from '../domain/integrity.js';

const DATE_ENDS = new Set(['endDate', 'validUntil', 'closedOn', 'until']);

/** The code of one schema issue. */
function codeOf(issue: z.core.$ZodIssue): string {
  const field = String(issue.path.at(-1) ?? '');
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'REQUIRED';
  if (issue.code === 'too_small') {
    if (field === 'sources') return 'SOURCE_REQUIRED';
    return 'REQUIRED';
  }
  if (issue.code === 'custom') {
    if (DATE_ENDS.has(field) && /is before/.test(issue.message)) return 'END_BEFORE_START';
    if (field === 'role') return 'NOT_ALLOWED';
  }
  if (issue.code === 'unrecognized_keys') return 'NOT_ALLOWED';
  return 'INVALID_VALUE';
}

function message(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'too_small' && String(issue.path.at(-1)) === 'sources') {
    return 'at least one source with a locator is required';
  }
  return issue.message;
}

/** The problems of a failed schema parse, with paths under `prefix` when given. */
export function schemaProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: join(prefix, [...issue.path, key].join('.')),
        code: 'NOT_ALLOWED',
        message: 'is not a field of this record',
      }));
    }
    return [
      { field: join(prefix, issue.path.join('.')) || prefix || 'input', code: codeOf(issue), message: message(issue) },
    ];
  });
}

export function integrityProblems(issues: readonly IntegrityIssue[], prefix = ''): FieldProblem[] {
  return issues.map((i) => ({ field: join(prefix, i.field), code: i.code, message: i.message }));
}

function join(prefix: string, path: string): string {
  return prefix && path ? `${prefix}.${path}` : prefix || path;
}

/** One problem per field: several messages for a field are joined, the first code kept. */
export function onePerField(problems: readonly FieldProblem[]): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const p of problems) {
    const seen = byField.get(p.field);
    if (!seen) byField.set(p.field, { ...p });
    else if (!seen.message.includes(p.message)) seen.message = `${seen.message}; ${p.message}`;
  }
  return [...byField.values()];
}

/** Throws the ValidationError for the problems, if there are any. */
export function refuse(problems: readonly FieldProblem[]): void {
  if (problems.length) throw ValidationError.of(onePerField(problems));
}
