/**
 * Pinning a benchmark's processes to cores with `taskset`, so that a server and its load
 * generator do not take turns on one core of a shared machine.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The cores this process may run on, and whether a server and a load generator can be pinned
 * to two of them. Read it before pinning this process, which narrows what it sees to one core.
 */
export function pinning(): { cores: number; pinned: boolean } {
  const cores = availableParallelism();
  return { cores, pinned: cores >= 2 && hasTaskset() };
}

/** The command and arguments that run `command` on `core` (taskset execs it in place: the child's pid is the command's). */
export const onCore = (pinned: boolean, core: number, command: string, args: string[]): [string, string[]] =>
  pinned ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
