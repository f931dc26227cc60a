import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScript, type Script, type ScriptProblem } from '@visiebord/shared/script';

export type LoadedScripts = { scripts: Script[]; problems: ScriptProblem[] };

/** Reads every `*.yaml` in a folder; good scripts load, bad ones are reported with file and path. */
export function loadScriptDir(dir: string): LoadedScripts {
  const scripts: Script[] = [];
  const problems: ScriptProblem[] = [];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const file of files) {
    const result = parseScript(file, readFileSync(join(dir, file), 'utf8'));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    if (scripts.some((s) => s.id === result.script.id)) {
      problems.push({ file, path: 'id', message: `script-id "${result.script.id}" wordt al door een ander bestand gebruikt` });
      continue;
    }
    scripts.push(result.script);
  }
  return { scripts, problems };
}
