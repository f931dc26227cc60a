import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { dutchIssueMessage, yamlErrorMessage } from './messages.ts';
import { scriptSchema, type Script } from './schema.ts';

/** One thing wrong with a script: the file, the spot inside it (`steps[3].canvases[0].prompt`) and what is wrong. */
export type ScriptProblem = {
  file: string;
  path: string;
  message: string;
  /** The line in the file (1-based), when it can be found. */
  line?: number;
};
export type ScriptParseResult = { ok: true; script: Script } | { ok: false; problems: ScriptProblem[] };

/**
 * Parses one YAML script; every problem names the file, the path inside it and what is wrong.
 *
 * @example parseScript('studiedag.yaml', source) // → { ok: true, script } or { ok: false, problems }
 */
export function parseScript(file: string, source: string): ScriptParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) return { ok: false, problems: yamlProblems(file, doc.errors, lineCounter) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // e.g. an alias (*naam) whose anchor (&naam) does not exist
    return { ok: false, problems: [{ file, path: '(bestand)', message: yamlErrorMessage({ code: 'BAD_ALIAS', message: String(error) }) }] };
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [{ file, path: '(hoofdniveau)', message: 'het bestand is leeg; een script begint met id, title en steps' }] };
  }
  const parsed = scriptSchema.safeParse(data, { error: dutchIssueMessage });
  if (parsed.success) return { ok: true, script: parsed.data };
  const problems = parsed.error.issues.map((issue) => toProblem(file, issue, doc, lineCounter));
  return { ok: false, problems: sortByLine(problems) };
}

/** One problem per line: a broken line often makes the parser complain several times. */
function yamlProblems(file: string, errors: readonly YAMLError[], lineCounter: LineCounter): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  const lines = new Set<number>();
  for (const error of errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    if (lines.has(line)) continue;
    lines.add(line);
    problems.push({ file, path: `regel ${line}`, message: yamlErrorMessage({ code: error.code, message: error.message, column: col }), line });
  }
  return problems;
}

/** In file order, so an author can work from top to bottom; problems without a line come last. */
function sortByLine(problems: ScriptProblem[]): ScriptProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.line ?? Infinity) - (b.problem.line ?? Infinity) || a.index - b.index)
    .map(({ problem }) => problem);
}

function toProblem(file: string, issue: z.core.$ZodIssue, doc: Document, lines: LineCounter): ScriptProblem {
  // An unknown key is easiest to find at the key itself.
  const key = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys[0] : undefined;
  const line = lineOf(doc, lines, issue.path, key);
  return { file, path: formatPath(issue.path), message: issue.message, ...(line === undefined ? {} : { line }) };
}

/** The line of the node at `path`, or of its nearest ancestor that exists (a missing key has none). */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(path.slice(0, depth), true);
    if (!isNode(node)) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
    }
    if (node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** `steps[3].canvases[0].prompt` — the way an author finds the spot in the YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(hoofdniveau)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** One line per problem: `file: path: message (regel N)`. */
export function formatProblem(problem: ScriptProblem): string {
  const where = problem.line !== undefined && !problem.path.startsWith('regel ') ? ` (regel ${problem.line})` : '';
  return `${problem.file}: ${problem.path}: ${problem.message}${where}`;
}

export function formatProblems(problems: ScriptProblem[]): string {
  return problems.map(formatProblem).join('\n');
}
