import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseScript, type Script, type ScriptProblem } from '@visiebord/shared/script';

export type LoadedScripts = { scripts: Script[]; problems: ScriptProblem[] };

/** A script file to load, and the name its problems are reported under. */
export type ScriptFile = { path: string; label: string };

/** Reads every `*.yaml` in a folder; good scripts load, bad ones are reported with file and path. */
export function loadScriptDir(dir: string): LoadedScripts {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (error) {
    return { scripts: [], problems: [{ file: dir, path: '(map)', message: `kan de map met scripts niet lezen (${errorCode(error)})` }] };
  }
  return loadScriptFiles(names.map((name) => ({ path: join(dir, name), label: name })));
}

/** Loads the given files; a script id may be used by one file only. */
export function loadScriptFiles(files: ScriptFile[]): LoadedScripts {
  const scripts: Script[] = [];
  const problems: ScriptProblem[] = [];
  const idOwner = new Map<string, string>();
  for (const { path, label } of files) {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      problems.push({ file: label, path: '(bestand)', message: `kan het bestand niet lezen (${errorCode(error)})` });
      continue;
    }
    const result = parseScript(label, source);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const owner = idOwner.get(result.script.id);
    if (owner !== undefined) {
      problems.push({ file: label, path: 'id', message: `script-id "${result.script.id}" wordt al gebruikt door ${basename(owner)}` });
      continue;
    }
    idOwner.set(result.script.id, label);
    scripts.push(result.script);
  }
  return { scripts, problems };
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'bestaat niet' : (code ?? String(error));
}
