import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root, from server/out/test/editors/. */
export const ROOT = resolve(__dirname, '../../../..');

export const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Why a real-editor test cannot run here, or undefined when it can. A developer's machine may lack the
 * editor (the test is skipped with this reason); CI installs it (.ci/run), so there a missing one fails.
 */
export function missingTool(present: boolean, what: string, install: string): string | undefined {
  if (present) return undefined;
  const reason = `${what} is not installed (${install})`;
  if (process.env.CI) throw new Error(`${reason}: .ci/run should have installed it`);
  return reason;
}

