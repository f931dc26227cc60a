// `pnpm synth FILE.json`: the engine from the command line, for trying notes out and for tools.
// Reads {prompt, notes:[{id,text}], sorts?, groups?, language?} and prints {clusters:[{label, noteIds}], statement}.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSynthesisInput, SynthesisInputError } from './input.ts';
import { synthesize } from './synthesize.ts';

/** Runs the CLI on arguments; returns the exit code. Output goes through the given writers (testable). */
export function runCli(args: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const file = args[0];
  if (!file || args.length > 1) {
    err('usage: pnpm synth FILE.json   (FILE holds {"prompt", "notes":[{"id","text"}], "sorts"?})');
    return 1;
  }
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    err(`synth: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    err(`synth: ${file} is not valid JSON: ${(error as Error).message}`);
    return 1;
  }
  try {
    const result = synthesize(parseSynthesisInput(parsed));
    out(
      JSON.stringify(
        {
          clusters: result.clusters.map((cluster) => ({ label: cluster.label, noteIds: cluster.noteIds, representativeIds: cluster.representativeIds })),
          statement: result.statement.text,
          sentences: result.statement.sentences,
        },
        null,
        2,
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof SynthesisInputError) {
      err(`synth: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// Only when run directly (tsx shared/src/synthesis/cli.ts), not when a test imports runCli.
if (process.argv[1] && /synthesis[\\/]cli\.ts$/.test(process.argv[1])) {
  // `pnpm synth` runs from the repository root; a relative path means where the command was typed.
  const from = process.env.INIT_CWD ?? process.cwd();
  const args = process.argv.slice(2).map((arg, i) => (i === 0 ? resolve(from, arg) : arg));
  process.exitCode = runCli(args, (text) => process.stdout.write(text + '\n'), (text) => process.stderr.write(text + '\n'));
}
