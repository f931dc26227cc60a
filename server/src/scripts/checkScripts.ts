import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, rolesOfScript, scriptMinutes, type Script } from '@visiebord/shared/script';
import { loadScriptFiles, type ScriptFile } from './loadScripts.ts';

/**
 * `pnpm scripts:check [file-or-folder …]`: checks workshop scripts the way the server does at
 * start. Without arguments it checks every script in `workshop-scripts/`. Prints one line per
 * problem (`file: path: message`) and exits with 1, or prints a short summary and exits with 0.
 */

const DEFAULT_DIR = fileURLToPath(new URL('../../../workshop-scripts/', import.meta.url));

export type CheckOutput = { exitCode: number; out: string; err: string };

export function checkScripts(args: string[], cwd = process.cwd()): CheckOutput {
  const targets = args.length > 0 ? args.map((arg) => resolve(cwd, arg)) : [DEFAULT_DIR];
  const files = targets.flatMap((target) => expand(target, cwd));
  if (files.length === 0) return { exitCode: 1, out: '', err: `Geen scripts gevonden in ${targets.map((t) => label(t, cwd)).join(', ')}.\n` };
  const { scripts, problems } = loadScriptFiles(files);
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 probleem' : `${problems.length} problemen`;
    // Problems go to stdout, like a linter's findings; stderr is for the checker's own trouble.
    return { exitCode: 1, out: `${formatProblems(problems)}\n\n${count} gevonden; met deze fouten start de server niet.\n`, err: '' };
  }
  const lines = scripts.map((s) => `  ${s.id}: ${s.steps.length === 1 ? '1 stap' : `${s.steps.length} stappen`}, ${scriptMinutes(s)} minuten${kindOf(s)} — ${s.title}`);
  const heading = scripts.length === 1 ? '1 script in orde:' : `${scripts.length} scripts in orde:`;
  return { exitCode: 0, out: `${heading}\n${lines.join('\n')}\n`, err: '' };
}

/** What an author may want to check at a glance: a follow-up's open period, the roles a phone can pick. */
function kindOf(script: Script): string {
  const roles = script.roles ? `, ${rolesOfScript(script).length} eigen rollen` : '';
  return script.followUp ? `, vervolg (${script.followUp.openDays} dagen open)${roles}` : roles;
}

/** A folder stands for its `*.yaml` files; a missing path is kept, so it is reported as unreadable. */
function expand(target: string, cwd: string): ScriptFile[] {
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    return [{ path: target, label: label(target, cwd) }];
  }
  if (!isDir) return [{ path: target, label: label(target, cwd) }];
  return readdirSync(target)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: join(target, name), label: label(join(target, name), cwd) }));
}

function label(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // pnpm runs scripts from the workspace root; INIT_CWD is where the author typed the command.
  const { exitCode, out, err } = checkScripts(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = exitCode;
}
