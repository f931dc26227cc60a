import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { scriptSchema, type Script } from './schema.ts';

export type ScriptProblem = { file: string; path: string; message: string };
export type ScriptParseResult = { ok: true; script: Script } | { ok: false; problems: ScriptProblem[] };

/** Parses one YAML script; every problem names the file, the path inside it and what is wrong. */
export function parseScript(file: string, source: string): ScriptParseResult {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        path: e.linePos ? `regel ${e.linePos[0].line}` : '(bestand)',
        message: `geen geldige YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const parsed = scriptSchema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, script: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => toProblem(file, issue)) };
}

function toProblem(file: string, issue: z.core.$ZodIssue): ScriptProblem {
  return { file, path: formatPath(issue.path), message: describeIssue(issue) };
}

/** `steps[3].canvases[0].prompt` — the way an author finds the spot in the YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(hoofdniveau)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `ontbreekt (verwacht: ${issue.expected})` : `verkeerd type (verwacht: ${issue.expected})`;
    case 'unrecognized_keys':
      return `onbekende sleutel(s): ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'onbekend staptype of onvolledige stap (kies info, prompt, poll, vote, group, synthesis, rubric, explain of close)';
    case 'invalid_value':
      return `ongeldige waarde (kies uit: ${issue.values.map(String).join(', ')})`;
    default:
      return issue.message;
  }
}

export function formatProblems(problems: ScriptProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n');
}
